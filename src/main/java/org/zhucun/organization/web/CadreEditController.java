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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.AidUnitService;
import org.zhucun.organization.CadreService;
import org.zhucun.organization.CadreView;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Gender;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Cadres: create and edit a cadre. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/cadres")
class CadreEditController {

	private static final String FORM = "organization/cadres/form";

	private final CadreService cadres;

	private final AidUnitService units;

	CadreEditController(CadreService cadres, AidUnitService units) {
		this.cadres = cadres;
		this.units = units;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long unitId, Model model) {
		this.cadres.requireCreate();
		CadreForm form = new CadreForm();
		Long fixed = this.cadres.fixedUnit();
		form.setUnitId(fixed != null ? fixed : unitId);
		model.addAttribute("cadreForm", form);
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("cadreForm") CadreForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.cadres.requireCreate();
		if (form.getUnitId() == null && this.cadres.fixedUnit() == null && !result.hasFieldErrors("unitId")) {
			result.rejectValue("unitId", "cadre.unit.required");
		}
		if (!result.hasErrors()) {
			try {
				Long id = this.cadres.create(form.toCommand());
				Flash.success(redirect, "cadre.created");
				return "redirect:/cadres/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		CadreView cadre = this.cadres.getForEdit(id);
		model.addAttribute("cadreForm", CadreForm.from(cadre));
		return form(model, cadre);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("cadreForm") CadreForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CadreView cadre = this.cadres.getForEdit(id);
		if (form.getUnitId() == null && this.cadres.fixedUnit() == null && !result.hasFieldErrors("unitId")) {
			result.rejectValue("unitId", "cadre.unit.required");
		}
		if (!result.hasErrors()) {
			try {
				this.cadres.update(id, form.toCommand());
				Flash.success(redirect, "cadre.saved");
				return "redirect:/cadres/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, cadre);
	}

	private String form(Model model, CadreView cadre) {
		model.addAttribute("cadre", cadre);
		List<Choice> units = new ArrayList<>(this.units.cadreUnitChoices());
		if (cadre != null && units.stream().noneMatch(u -> u.id().equals(cadre.unitId()))) {
			units.add(new Choice(cadre.unitId(), cadre.unitName()));
		}
		model.addAttribute("units", units);
		model.addAttribute("fixedUnit", this.cadres.fixedUnit() != null);
		model.addAttribute("genders", Gender.values());
		return FORM;
	}
}
