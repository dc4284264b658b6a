package org.zhucun.leave.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
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
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.LeaveTotalRow;
import org.zhucun.leave.LeaveTotalsExcel;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/** The yearly leave totals by cadre in scope, with their print view and Excel export. */
@PreAuthorize(Allowed.DESK_OR_LEADER)
@Controller
@RequestMapping("/leave-requests/totals")
class LeaveTotalsController {

	private final LeaveService leave;

	private final LeaveFilterChoices choices;

	private final Clock clock;

	private final LeaveTotalsExcel excel;

	LeaveTotalsController(LeaveService leave, LeaveFilterChoices choices, Clock clock, LeaveTotalsExcel excel) {
		this.leave = leave;
		this.choices = choices;
		this.clock = clock;
		this.excel = excel;
	}

	@GetMapping
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
		this.choices.addTo(model);
		return "leave/totals";
	}

	/** The print view of the totals with the page's filters: every cadre, not one page. */
	@GetMapping("/print")
	String print(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long townId,
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
	@GetMapping("/export")
	void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long townId,
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

	/** @return the filters as a line of text for the print view and the export */
	private String filters(Year year, Long townId, Long unitId) {
		LeaveFilterChoices.Choices offered = this.choices.current();
		return this.excel.filters(year, offered.townName(townId), offered.unitName(unitId));
	}
}
