package org.zhucun.monthlyreports.web;

import java.io.IOException;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.monthlyreports.Completeness.Status;
import org.zhucun.monthlyreports.CompletenessService;
import org.zhucun.monthlyreports.ReportExcel;
import org.zhucun.monthlyreports.ReportService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The monthly reports' lists and files: the unit's months (and starting a month's report), the month's completeness
 * for the office and the towns, its Excel table, and the office's workbook of every report of the month.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/monthly-reports")
class ReportListController {

	private final ReportService reports;

	private final ScopeService scopes;

	private final CompletenessService completeness;

	private final ReportExcel excel;

	ReportListController(ReportService reports, ScopeService scopes, CompletenessService completeness,
			ReportExcel excel) {
		this.reports = reports;
		this.scopes = scopes;
		this.completeness = completeness;
		this.excel = excel;
	}

	@GetMapping
	String list(@RequestParam(required = false) String month, @RequestParam(required = false) Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (this.scopes.current().isUnit()) {
			model.addAttribute("months", this.reports.unitMonths());
			model.addAttribute("today", this.reports.today());
			return "monthlyreports/mine";
		}
		RequestedMonth requested = RequestedMonth.of(month, this.reports.currentMonth());
		model.addAttribute("completeness", this.completeness.forMonth(requested.value(), status, page));
		model.addAttribute("monthInvalid", requested.invalid());
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		return "monthlyreports/completeness";
	}

	@PreAuthorize(Allowed.OFFICE_OR_TOWN)
	@GetMapping("/export")
	void export(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
		YearMonth m = RequestedMonth.of(month, this.reports.currentMonth()).value();
		this.excel.completeness(m, () -> ExcelDownloads.start(response, this.excel.completenessFileName(m)));
	}

	@PreAuthorize(Allowed.OFFICE)
	@GetMapping("/workbook")
	void workbook(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
		YearMonth m = RequestedMonth.of(month, this.reports.currentMonth()).value();
		this.excel.workbook(m, () -> ExcelDownloads.start(response, this.excel.workbookFileName(m)));
	}

	@PreAuthorize("hasRole('UNIT_ADMIN')")
	@PostMapping
	String start(@RequestParam(required = false) String month, RedirectAttributes redirect) {
		YearMonth parsed = RequestedMonth.of(month, this.reports.currentMonth()).value();
		try {
			return ReportPage.redirect(this.reports.start(parsed));
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/monthly-reports";
		}
	}
}
