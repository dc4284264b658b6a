package org.zhucun.monthlyreports.web;

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
import org.zhucun.monthlyreports.ReportService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;

/**
 * One monthly report: its page (with the unit's form or the office's review), its print view, and the unit's form
 * (save, refresh the figures, submit). The office's review is {@link ReportReviewController}.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/monthly-reports/{id}")
class ReportController {

	private final ReportService reports;

	private final ReportPage page;

	ReportController(ReportService reports, ReportPage page) {
		this.reports = reports;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return this.page.render(id, model);
	}

	@GetMapping("/print")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.show(id));
		return "monthlyreports/print";
	}

	@PreAuthorize("hasRole('UNIT_ADMIN')")
	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.page.render(id, model);
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
			return this.page.refused(id, ex, result, model, redirect);
		}
		return ReportPage.redirect(id);
	}
}
