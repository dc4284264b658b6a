package org.zhucun.monthlyreports.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.monthlyreports.ReportService;
import org.zhucun.monthlyreports.ReportView;
import org.zhucun.monthlyreports.Section;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.FormErrors;

/**
 * The report's page as its controllers render it: the report, the unit's form and the office's review form (the ones
 * bound from the request when they are in the model, so their errors show beside their fields).
 */
@Component
class ReportPage {

	static final String VIEW = "monthlyreports/show";

	private final ReportService reports;

	ReportPage(ReportService reports) {
		this.reports = reports;
	}

	/** @return the page's view with the report and its forms in the model */
	String render(long id, Model model) {
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
		return VIEW;
	}

	/** A rule on a field shows beside it; a refused transition (e.g. the report changed state) on the report's page. */
	String refused(long id, BusinessRuleException ex, BindingResult result, Model model, RedirectAttributes redirect) {
		if (ex.field() == null) {
			FormErrors.flash(redirect, ex);
			return redirect(id);
		}
		FormErrors.reject(result, ex);
		return render(id, model);
	}

	static String redirect(long id) {
		return "redirect:/monthly-reports/" + id;
	}
}
