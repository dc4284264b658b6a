package org.zhucun.pairings.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.pairings.HouseholdDetail;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.Relation;
import org.zhucun.pairings.domain.RiskTag;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Registering a household and changing it (the office administrator and the town's officials). */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/households")
class HouseholdFormController {

	private static final String FORM = "pairings/household-form";

	private final HouseholdService households;

	HouseholdFormController(HouseholdService households) {
		this.households = households;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.households.requireCreate();
		model.addAttribute("form", HouseholdForm.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.households.requireCreate();
		if (!result.hasErrors()) {
			try {
				Long id = this.households.create(form.toCommand());
				Flash.success(redirect, "pairings.household.created");
				return "redirect:/households/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		form.padMembers();
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		HouseholdDetail detail = this.households.getForEdit(id);
		model.addAttribute("form", HouseholdForm.from(detail));
		return form(model, detail);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") HouseholdForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		HouseholdDetail detail = this.households.getForEdit(id);
		if (!result.hasErrors()) {
			try {
				this.households.update(id, form.toCommand());
				Flash.success(redirect, "pairings.household.saved");
				return "redirect:/households/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		form.padMembers();
		return form(model, detail);
	}

	private String form(Model model, HouseholdDetail detail) {
		model.addAttribute("household", detail);
		model.addAttribute("villages", this.households.villageChoices());
		model.addAttribute("categories", HouseholdCategory.values());
		model.addAttribute("kinds", MonitoredKind.values());
		model.addAttribute("riskTags", RiskTag.values());
		model.addAttribute("relations", Relation.values());
		return FORM;
	}
}
