package org.zhucun.attendance.web;

import java.time.YearMonth;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.attendance.MonthOverview;
import org.zhucun.attendance.OverviewExcel;
import org.zhucun.attendance.OverviewService;
import org.zhucun.attendance.OverviewRollupService;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The month overview for the office (the district by town, or one town) and for a town official (their town):
 * compliance figures, the cadres who did not meet the rule with the reason, and the discrepancies. A malformed month
 * shows the current month with a message. Its print view and Excel export show the same figures with every row of its
 * lists.
 */
@PreAuthorize(Allowed.OFFICE_OR_TOWN)
@Controller
class OverviewController {

	private final OverviewRollupService overviews;

	/** The print view and the export list every row, judged afresh (the same figures as the roll-ups: MonthRollupIT). */
	private final OverviewService full;

	private final OverviewExcel excel;

	OverviewController(OverviewRollupService overviews, OverviewService full, OverviewExcel excel) {
		this.overviews = overviews;
		this.full = full;
		this.excel = excel;
	}

	@GetMapping("/attendance/overview")
	String overview(@RequestParam(required = false) String month, @RequestParam(required = false) Long town,
			@RequestParam(required = false) Long listTown, @RequestParam(required = false) String flag,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		RequestedMonth asked = RequestedMonth.of(month, this.overviews.currentMonth());
		if (asked.invalid()) {
			model.addAttribute("monthInvalid", true);
		}
		YearMonth parsed = asked.value();
		MonthOverview view = this.overviews.overview(parsed, town, listTown, flag(flag), page);
		model.addAttribute("view", view);
		model.addAttribute("chart", this.overviews.chart(parsed, view.townId()));
		model.addAttribute("flags", MonthFlag.values());
		model.addAttribute("previousMonth", parsed.minusMonths(1).toString());
		model.addAttribute("nextMonth", parsed.plusMonths(1).toString());
		model.addAttribute("exportUrl", Paging.withFilters(request, "/attendance/overview/export"));
		model.addAttribute("printUrl", Paging.withFilters(request, "/attendance/overview/print"));
		return "attendance/overview";
	}

	/** The print view: the page's figures and, in full, the filtered list of cadres and the discrepancies. */
	@GetMapping("/attendance/overview/print")
	String print(@RequestParam(required = false) String month, @RequestParam(required = false) Long town,
			@RequestParam(required = false) Long listTown, @RequestParam(required = false) String flag, Model model,
			HttpServletRequest request) {
		MonthOverview view = this.full.overviewInFull(month(month), town, listTown, flag(flag));
		model.addAttribute("view", view);
		model.addAttribute("excel", this.excel);
		model.addAttribute("today", this.full.today());
		model.addAttribute("backUrl", Paging.withFilters(request, "/attendance/overview"));
		return "attendance/overview-print";
	}

	/** The Excel file of what the page shows with its filters (every row of the lists). */
	@GetMapping("/attendance/overview/export")
	void export(@RequestParam(required = false) String month, @RequestParam(required = false) Long town,
			@RequestParam(required = false) Long listTown, @RequestParam(required = false) String flag,
			HttpServletResponse response) {
		MonthOverview view = this.full.overviewInFull(month(month), town, listTown, flag(flag));
		this.excel.write(view, () -> ExcelDownloads.start(response, this.excel.fileName(view)));
	}

	private YearMonth month(String text) {
		return RequestedMonth.of(text, this.overviews.currentMonth()).value();
	}

	private static MonthFlag flag(String text) {
		return Arrays.stream(MonthFlag.values()).filter(f -> f.name().equals(text)).findFirst().orElse(null);
	}
}
