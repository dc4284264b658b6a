package org.zhucun.monthlyreports.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.monthlyreports.ReportService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;

/**
 * The office's review of a monthly report: accept (with comments per section), return with a comment, reopen an
 * accepted report with a reason. Errors show beside their fields on the report's page.
 */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/monthly-reports/{id}")
class ReportReviewController {

	private final ReportService reports;

	private final ReportPage page;

	ReportReviewController(ReportService reports, ReportPage page) {
		this.reports = reports;
		this.page = page;
	}

	/** One review action on the report, run when the form is valid. */
	@FunctionalInterface
	private interface Decision {

		void apply(ReviewForm review);
	}

	@PostMapping("/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return decide(id, review, result, model, redirect, "monthlyreports.accepted",
				r -> this.reports.accept(id, r.getVersion(), r.sectionComments()));
	}

	@PostMapping("/return")
	String sendBack(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return decide(id, review, result, model, redirect, "monthlyreports.returned",
				r -> this.reports.sendBack(id, r.getVersion(), r.getComment(), r.sectionComments()));
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return decide(id, review, result, model, redirect, "monthlyreports.reopened",
				r -> this.reports.reopen(id, r.getVersion(), r.getComment()));
	}

	private String decide(long id, ReviewForm review, BindingResult result, Model model, RedirectAttributes redirect,
			String done, Decision decision) {
		if (result.hasErrors()) {
			return this.page.render(id, model);
		}
		try {
			decision.apply(review);
		}
		catch (BusinessRuleException ex) {
			return this.page.refused(id, ex, result, model, redirect);
		}
		Flash.success(redirect, done);
		return ReportPage.redirect(id);
	}
}
