package org.zhucun.leave.web;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.ScopeService;
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.domain.LeaveRuleException;
import org.zhucun.leave.domain.LeaveType;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Asking for leave: the request form (the office picks the cadre) and its submission. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/leave-requests")
class LeaveRequestController {

	private final LeaveService leave;

	private final ScopeService scopes;

	LeaveRequestController(LeaveService leave, ScopeService scopes) {
		this.leave = leave;
		this.scopes = scopes;
	}

	@PreAuthorize(Allowed.LEAVE_REQUESTERS)
	@GetMapping("/new")
	String form(@RequestParam(required = false) String q, @RequestParam(required = false) Long cadreId,
			Model model) {
		requireSubmit();
		LeaveRequestForm form = new LeaveRequestForm();
		form.setType(LeaveType.PERSONAL);
		form.setCadreId(cadreId);
		model.addAttribute("form", form);
		return formPage(model, q, cadreId);
	}

	@PreAuthorize(Allowed.LEAVE_REQUESTERS)
	@PostMapping
	String submit(@Valid @ModelAttribute("form") LeaveRequestForm form, BindingResult result,
			@RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
		requireSubmit();
		if (result.hasErrors()) {
			return formPage(model, q, form.getCadreId());
		}
		Long id;
		try {
			id = this.leave.submit(form.toCommand());
		}
		catch (LeaveRuleException ex) {
			FormErrors.reject(result, ex);
			return formPage(model, q, form.getCadreId());
		}
		Flash.success(redirect, "leave.submitted");
		return "redirect:/leave-requests/" + id;
	}

	private String formPage(Model model, String q, Long cadreId) {
		boolean office = this.scopes.current().isOfficeAdmin();
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("office", office);
		if (office) {
			// the office administrator picks the cadre by name, unit or village (DOMAIN §1)
			model.addAttribute("q", q == null ? "" : q.strip());
			model.addAttribute("cadreChoices", this.leave.cadreChoices(q, cadreId));
			model.addAttribute("cadreChoiceLimit", LeaveService.CADRE_CHOICES);
		}
		model.addAttribute("cancelUrl", office ? "/leave-requests" : "/leave-requests/mine");
		return "leave/form";
	}

	private void requireSubmit() {
		if (!this.leave.canSubmit()) {
			throw new AccessDeniedException("Only cadres in a team and the office ask for leave");
		}
	}
}
