package org.zhucun.oversight.web;

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
import org.zhucun.oversight.NominationService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/**
 * The nominations' pages (推荐评优): the list (the office's all, a unit's own), a unit's form for its cadres and
 * teams, a nomination's page with its supporting facts and the office's review.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/oversight/nominations")
class NominationController {

	private final NominationService nominations;

	private final ScopeService scopes;

	NominationController(NominationService nominations, ScopeService scopes) {
		this.nominations = nominations;
		this.scopes = scopes;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.nominations.list(page));
		model.addAttribute("unit", this.scopes.current().isUnit());
		return "oversight/nominations";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("nomination", this.nominations.get(id));
		model.addAttribute("office", this.scopes.current().isOffice());
		return "oversight/nomination";
	}

	@GetMapping("/new")
	String form(Model model) {
		this.scopes.require(this.scopes.current().isUnit());
		model.addAttribute("form", new NominationForm());
		return formPage(model);
	}

	@PostMapping
	String nominate(@Valid @ModelAttribute("form") NominationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(model);
		}
		try {
			Long id = this.nominations.nominate(form.getKind(), form.getCadreId(), form.getTeamId(), form.getAward(),
					form.getReason());
			Flash.success(redirect, "oversight.nomination.submitted");
			return "redirect:/oversight/nominations/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return formPage(model);
		}
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/{id}/review")
	String review(@PathVariable Long id, @RequestParam long version, @RequestParam boolean approve,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		try {
			this.nominations.review(id, version, approve, note);
			Flash.success(redirect, approve ? "oversight.nomination.approved" : "oversight.nomination.declined");
			return "redirect:/oversight/nominations/" + id;
		}
		catch (BusinessRuleException ex) {
			if (ex.field() == null) {
				FormErrors.flash(redirect, ex);
				return "redirect:/oversight/nominations/" + id;
			}
			model.addAttribute("noteError", ex);
			model.addAttribute("note", note);
			return show(id, model);
		}
	}

	private String formPage(Model model) {
		model.addAttribute("cadreChoices", this.nominations.cadreChoices());
		model.addAttribute("teamChoices", this.nominations.teamChoices());
		return "oversight/nomination-form";
	}
}
