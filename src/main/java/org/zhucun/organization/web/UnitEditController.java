package org.zhucun.organization.web;

import java.util.List;
import java.util.Objects;

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
import org.zhucun.organization.AidUnitService;
import org.zhucun.organization.Gender;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.UnitView;
import org.zhucun.organization.VillageService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Aid units: create and edit a unit with all its leadership members (and, for the office, its linked
 * villages) in one form. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/units")
class UnitEditController {

	private static final String FORM = "organization/units/form";

	private final AidUnitService units;

	private final VillageService villages;

	UnitEditController(AidUnitService units, VillageService villages) {
		this.units = units;
		this.villages = villages;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.units.requireManage();
		model.addAttribute("unitForm", UnitForm.empty());
		return form(model, null, true);
	}

	@PostMapping(params = "addRow")
	String createAddRow(@ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model) {
		this.units.requireManage();
		form.addRow();
		return form(model, null, true);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.units.requireManage();
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				Long id = this.units.create(form.toCommand());
				Flash.success(redirect, "unit.created");
				return "redirect:/units/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null, true);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		UnitView unit = this.units.getForEdit(id);
		model.addAttribute("unitForm", UnitForm.from(unit));
		return form(model, unit, unit.officeEditable());
	}

	@PostMapping(path = "/{id}", params = "addRow")
	String updateAddRow(@PathVariable Long id, @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model) {
		UnitView unit = this.units.getForEdit(id);
		form.addRow();
		return form(model, unit, unit.officeEditable());
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitView unit = this.units.getForEdit(id);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.units.update(id, form.toCommand());
				Flash.success(redirect, "unit.saved");
				return "redirect:/units/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, unit, unit.officeEditable());
	}

	/** The form page; the office also chooses the linked villages, grouped by town. */
	private String form(Model model, UnitView unit, boolean office) {
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("officeForm", office);
		if (office) {
			UnitForm form = (UnitForm) model.getAttribute("unitForm");
			model.addAttribute("villageGroups", this.villages.choicesByTown(form == null ? List.of()
					: form.getVillageIds().stream().filter(Objects::nonNull).toList()));
		}
		return FORM;
	}
}
