package org.zhucun.leave.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.leave.LeaveFilter;
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.LeaveTotalRow;
import org.zhucun.leave.LeaveTotalsExcel;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The leave lists: my requests, my approvals, the list in scope with its filters, the yearly totals with their print
 * view and Excel export.
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/leave-requests")
class LeaveController {

	private final LeaveService leave;

	private final ScopeService scopes;

	private final Organization organization;

	private final Clock clock;

	private final LeaveTotalsExcel excel;

	LeaveController(LeaveService leave, ScopeService scopes, Organization organization, Clock clock,
			LeaveTotalsExcel excel) {
		this.leave = leave;
		this.scopes = scopes;
		this.organization = organization;
		this.clock = clock;
		this.excel = excel;
	}

	@PreAuthorize(Allowed.TEAM)
	@GetMapping("/mine")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.leave.mine(page));
		return "leave/mine";
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.leave.inbox(page));
		return "leave/inbox";
	}

	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping
	String list(@RequestParam(required = false) LeaveState state, @RequestParam(required = false) LeaveType type,
			@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
		YearMonth parsedMonth = parseMonth(month);
		model.addAttribute("page",
				this.leave.search(new LeaveFilter(state, type, parsedMonth, townId, unitId), page));
		model.addAttribute("state", state);
		model.addAttribute("type", type);
		model.addAttribute("month", parsedMonth == null ? "" : parsedMonth.toString());
		model.addAttribute("townId", townId);
		model.addAttribute("unitId", unitId);
		addFilterChoices(model);
		return "leave/list";
	}

	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping("/totals")
	String totals(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletRequest request) {
		int shown = year(year).getValue();
		model.addAttribute("page", this.leave.totals(Year.of(shown), townId, unitId, page));
		model.addAttribute("year", shown);
		model.addAttribute("townId", townId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("exportUrl", Paging.withFilters(request, "/leave-requests/totals/export"));
		model.addAttribute("printUrl", Paging.withFilters(request, "/leave-requests/totals/print"));
		addFilterChoices(model);
		return "leave/totals";
	}

	/** The print view of the totals with the page's filters: every cadre, not one page. */
	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping("/totals/print")
	String totalsPrint(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, Model model, HttpServletRequest request) {
		Year shown = year(year);
		model.addAttribute("rows", this.leave.allTotals(shown, townId, unitId));
		model.addAttribute("filters", filters(shown, townId, unitId));
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("backUrl", Paging.withFilters(request, "/leave-requests/totals"));
		return "leave/totals-print";
	}

	/** The Excel file of the totals with the page's filters: every cadre, not one page. */
	@PreAuthorize(Allowed.DESK_OR_LEADER)
	@GetMapping("/totals/export")
	void totalsExport(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long unitId, HttpServletResponse response) {
		Year shown = year(year);
		List<LeaveTotalRow> rows = this.leave.allTotals(shown, townId, unitId);
		this.excel.write(rows, filters(shown, townId, unitId),
				() -> ExcelDownloads.start(response, this.excel.fileName(shown)));
	}

	/** @return the year asked for, or this year when missing or out of range */
	private Year year(Integer year) {
		return Year.of(year == null || year < 2000 || year > 2100 ? LocalDate.now(this.clock).getYear() : year);
	}

	private String filters(Year year, Long townId, Long unitId) {
		DataScope scope = this.scopes.current();
		List<Choice> towns = scope.isOffice() ? this.organization.townChoices() : List.of();
		List<Choice> units = scope.isOffice() ? this.organization.allUnitChoices()
				: scope.isTown() ? this.organization.unitChoicesOfTownCadres(scope.townId()) : List.of();
		return this.excel.filters(year, name(towns, townId), name(units, unitId));
	}

	private static String name(List<Choice> choices, Long id) {
		return id == null ? null
				: choices.stream().filter(c -> c.id().equals(id)).map(Choice::name).findFirst().orElse(null);
	}

	private void addFilterChoices(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("states", LeaveState.values());
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("townChoices", scope.isOffice() ? this.organization.townChoices() : List.<Choice>of());
		model.addAttribute("unitChoices", scope.isOffice() ? this.organization.allUnitChoices()
				: scope.isTown() ? this.organization.unitChoicesOfTownCadres(scope.townId()) : List.<Choice>of());
	}

	private static YearMonth parseMonth(String month) {
		return RequestedMonth.parse(month).orElse(null);
	}
}
