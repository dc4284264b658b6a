package org.zhucun.leave.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.zhucun.leave.LeaveDetail;
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.domain.LeaveRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** A leave request's page and what is done on it: approve or reject a step, cancel, report the return. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/leave-requests")
class LeaveDecisionController {

	private static final String SHOW = "leave/show";

	private final LeaveService leave;

	private final Clock clock;

	LeaveDecisionController(LeaveService leave, Clock clock) {
		this.leave = leave;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		LeaveDetail detail = this.leave.get(id);
		model.addAttribute("decisionForm", DecisionForm.from(detail.version()));
		model.addAttribute("returnForm", ReturnForm.from(detail.version(), LocalDate.now(this.clock)));
		return showPage(detail, model);
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return decide(id, form, result, model, redirect, true);
	}

	@PreAuthorize(Allowed.LEAVE_APPROVERS)
	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return decide(id, form, result, model, redirect, false);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.leave.cancel(id, version);
			Flash.success(redirect, "leave.cancelled");
		}
		catch (LeaveRuleException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			Flash.error(redirect, LeaveRuleException.ALREADY_DECIDED);
		}
		return "redirect:/leave-requests/" + id;
	}

	@PostMapping("/{id}/return")
	String returnFrom(@PathVariable Long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.leave.returnFrom(id, form.getVersion(), form.getActualReturn());
				Flash.success(redirect, "leave.returned");
				return "redirect:/leave-requests/" + id;
			}
			catch (LeaveRuleException ex) {
				if (ex.field() == null) {
					Flash.error(redirect, ex.messageKey());
					return "redirect:/leave-requests/" + id;
				}
				FormErrors.reject(result, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				Flash.error(redirect, LeaveRuleException.ALREADY_DECIDED);
				return "redirect:/leave-requests/" + id;
			}
		}
		LeaveDetail detail = this.leave.get(id);
		model.addAttribute("decisionForm", DecisionForm.from(detail.version()));
		return showPage(detail, model);
	}

	private String decide(Long id, DecisionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			boolean approve) {
		if (!result.hasErrors()) {
			try {
				if (approve) {
					this.leave.approve(id, form.getVersion(), form.getComment());
				}
				else {
					this.leave.reject(id, form.getVersion(), form.getComment());
				}
				Flash.success(redirect, approve ? "leave.approved" : "leave.rejected");
				return "redirect:/leave-requests/" + id;
			}
			catch (LeaveRuleException ex) {
				if (ex.field() == null) {
					Flash.error(redirect, ex.messageKey());
					return "redirect:/leave-requests/" + id;
				}
				result.rejectValue("comment", ex.messageKey(), ex.args(), null);
			}
			catch (OptimisticLockingFailureException ex) {
				Flash.error(redirect, LeaveRuleException.ALREADY_DECIDED);
				return "redirect:/leave-requests/" + id;
			}
		}
		LeaveDetail detail = this.leave.get(id);
		model.addAttribute("returnForm", ReturnForm.from(detail.version(), LocalDate.now(this.clock)));
		return showPage(detail, model);
	}

	private String showPage(LeaveDetail detail, Model model) {
		model.addAttribute("leave", detail);
		return SHOW;
	}
}
