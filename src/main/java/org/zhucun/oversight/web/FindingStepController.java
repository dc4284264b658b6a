package org.zhucun.oversight.web;

import java.util.function.Consumer;

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
import org.zhucun.oversight.FindingService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * The steps of a finding's flow: the office assigns, sends back and closes, the unit answers with files; a refused
 * step or bad input comes back to the finding's page with the message beside its field.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/oversight/findings")
class FindingStepController {

	private final FindingService findings;

	FindingStepController(FindingService findings) {
		this.findings = findings;
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/assign")
	String assign(@PathVariable Long id, @ModelAttribute("stepForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "oversight.finding.assigned",
				f -> this.findings.assign(id, f.getVersion()));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable Long id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "oversight.finding.answered",
				f -> this.findings.answer(id, f.getVersion(), f.getText(), f.getFiles()));
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/send-back")
	String sendBack(@PathVariable Long id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "oversight.finding.sent-back",
				f -> this.findings.sendBack(id, f.getVersion(), f.getText()));
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "oversight.finding.closed",
				f -> this.findings.close(id, f.getVersion(), f.getText()));
	}

	private String step(Long id, StepForm form, BindingResult result, Model model, RedirectAttributes redirect,
			String success, Consumer<StepForm> action) {
		if (!result.hasErrors()) {
			try {
				action.accept(form);
				Flash.success(redirect, success);
				return "redirect:/oversight/findings/" + id;
			}
			catch (BusinessRuleException ex) {
				if (ex.field() == null) {
					FormErrors.flash(redirect, ex);
					return "redirect:/oversight/findings/" + id;
				}
				if ("files".equals(ex.field())) {
					FormErrors.reject(result, ex);
				}
				else {
					result.rejectValue("text", ex.messageKey(), ex.args(), null);
				}
			}
		}
		model.addAttribute("finding", this.findings.get(id));
		return "oversight/finding";
	}

}
