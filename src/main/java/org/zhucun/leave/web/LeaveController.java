package org.zhucun.leave.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

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
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.shared.web.RequestedMonth;

/** The leave lists: my requests, my approvals, the list in scope with its filters, the yearly totals. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/leave-requests")
class LeaveController {

	private final LeaveService leave;

	private final ScopeService scopes;

	private final Organization organization;

	private final Clock clock;

	LeaveController(LeaveService leave, ScopeService scopes, Organization organization, Clock clock) {
		this.leave = leave;
		this.scopes = scopes;
		this.organization = organization;
		this.clock = clock;
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
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(this.clock).getYear() : year;
		model.addAttribute("page", this.leave.totals(Year.of(shown), townId, unitId, page));
		model.addAttribute("year", shown);
		model.addAttribute("townId", townId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("types", LeaveType.values());
		addFilterChoices(model);
		return "leave/totals";
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
