package org.zhucun.monthlyreports.web;

import java.io.IOException;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
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
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.monthlyreports.ReportView;
import org.zhucun.monthlyreports.Section;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The monthly report pages: the unit's reports and the month's completeness, one report with the unit's form (save,
 * refresh the figures, submit) or the office's review (accept, return with a comment, reopen), and its print view.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/monthly-reports")
class ReportController {

	private static final String SHOW = "monthlyreports/show";

	private final ReportService reports;

	private final ScopeService scopes;

	private final CompletenessService completeness;

	private final ReportExcel excel;

	ReportController(ReportService reports, ScopeService scopes, CompletenessService completeness, ReportExcel excel) {
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
			return "redirect:/monthly-reports/" + this.reports.start(parsed);
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/monthly-reports";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ReportView view = this.reports.show(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.from(view));
		}
		if (!model.containsAttribute("review")) {
			ReviewForm review = new ReviewForm();
			review.setVersion(view.version());
			model.addAttribute("review", review);
		}
		model.addAttribute("report", view);
		model.addAttribute("sections", Section.values());
		return SHOW;
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.show(id));
		return "monthlyreports/print";
	}

	@PreAuthorize("hasRole('UNIT_ADMIN')")
	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, model);
		}
		try {
			switch (action) {
				case "submit" -> {
					this.reports.submit(id, form.getVersion(), form.toTexts());
					Flash.success(redirect, "monthlyreports.submitted");
				}
				case "refresh" -> {
					this.reports.refresh(id, form.getVersion(), form.toTexts());
					Flash.success(redirect, "monthlyreports.refreshed");
				}
				default -> {
					this.reports.write(id, form.getVersion(), form.toTexts());
					Flash.success(redirect, "monthlyreports.saved");
				}
			}
		}
		catch (BusinessRuleException ex) {
			return refused(id, ex, result, model, redirect);
		}
		return "redirect:/monthly-reports/" + id;
	}

	/** A rule on a field shows beside it; a refused transition (e.g. the report changed state) on the report's page. */
	private String refused(long id, BusinessRuleException ex, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (ex.field() == null) {
			FormErrors.flash(redirect, ex);
			return "redirect:/monthly-reports/" + id;
		}
		FormErrors.reject(result, ex);
		return show(id, model);
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, model);
		}
		try {
			this.reports.accept(id, review.getVersion(), review.sectionComments());
		}
		catch (BusinessRuleException ex) {
			return refused(id, ex, result, model, redirect);
		}
		Flash.success(redirect, "monthlyreports.accepted");
		return "redirect:/monthly-reports/" + id;
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/return")
	String sendBack(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, model);
		}
		try {
			this.reports.sendBack(id, review.getVersion(), review.getComment(), review.sectionComments());
		}
		catch (BusinessRuleException ex) {
			return refused(id, ex, result, model, redirect);
		}
		Flash.success(redirect, "monthlyreports.returned");
		return "redirect:/monthly-reports/" + id;
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, model);
		}
		try {
			this.reports.reopen(id, review.getVersion(), review.getComment());
		}
		catch (BusinessRuleException ex) {
			return refused(id, ex, result, model, redirect);
		}
		Flash.success(redirect, "monthlyreports.reopened");
		return "redirect:/monthly-reports/" + id;
	}
}
