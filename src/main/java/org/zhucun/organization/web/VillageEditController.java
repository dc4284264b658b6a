package org.zhucun.organization.web;

import java.util.ArrayList;
import java.util.List;

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
import org.zhucun.organization.Choice;
import org.zhucun.organization.TownService;
import org.zhucun.organization.VillageCategory;
import org.zhucun.organization.VillageService;
import org.zhucun.organization.VillageView;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Villages: create and edit a village. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/villages")
class VillageEditController {

	private static final String FORM = "organization/villages/form";

	private final VillageService villages;

	private final TownService towns;

	VillageEditController(VillageService villages, TownService towns) {
		this.villages = villages;
		this.towns = towns;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.villages.requireCreate();
		VillageForm form = new VillageForm();
		form.setTownId(this.villages.fixedTown());
		model.addAttribute("villageForm", form);
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("villageForm") VillageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.villages.requireCreate();
		form.validate(result);
		if (form.getTownId() == null && this.villages.fixedTown() == null && !result.hasFieldErrors("townId")) {
			result.rejectValue("townId", "village.town.required");
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.villages.create(form.toCommand());
				Flash.success(redirect, "village.created");
				return "redirect:/villages/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		VillageView village = this.villages.getForEdit(id);
		model.addAttribute("villageForm", VillageForm.from(village));
		return form(model, village);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("villageForm") VillageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VillageView village = this.villages.getForEdit(id);
		form.validate(result);
		if (form.getTownId() == null && this.villages.fixedTown() == null && !result.hasFieldErrors("townId")) {
			result.rejectValue("townId", "village.town.required");
		}
		if (!result.hasErrors()) {
			try {
				this.villages.update(id, form.toCommand());
				Flash.success(redirect, "village.saved");
				return "redirect:/villages/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, village);
	}

	private String form(Model model, VillageView village) {
		model.addAttribute("village", village);
		List<Choice> towns = new ArrayList<>(this.towns.choices());
		if (village != null && towns.stream().noneMatch(t -> t.id().equals(village.townId()))) {
			towns.add(new Choice(village.townId(), village.townName()));
		}
		model.addAttribute("towns", towns);
		model.addAttribute("fixedTown", this.villages.fixedTown() != null);
		model.addAttribute("categories", VillageCategory.values());
		return FORM;
	}
}
