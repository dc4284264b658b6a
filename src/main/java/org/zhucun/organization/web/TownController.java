package org.zhucun.organization.web;

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
import org.zhucun.organization.TownService;
import org.zhucun.organization.TownView;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;

/** Towns: the office's list, a town's page with its villages, create, edit, deactivate and reactivate. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/towns")
class TownController {


	private static final String FORM = "organization/towns/form";

	private final TownService towns;

	TownController(TownService towns) {
		this.towns = towns;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.towns.search(name, page));
		model.addAttribute("name", name);
		model.addAttribute("canManage", this.towns.canManage());
		return "organization/towns/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("town", this.towns.get(id));
		model.addAttribute("page", this.towns.villages(id, page));
		return "organization/towns/show";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.towns.requireManage();
		model.addAttribute("townForm", new TownForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("townForm") TownForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.towns.requireManage();
		if (result.hasErrors()) {
			return FORM;
		}
		Long id;
		try {
			id = this.towns.create(form.toCommand());
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return FORM;
		}
		Flash.success(redirect, "town.created");
		return "redirect:/towns/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.towns.requireManage();
		TownView town = this.towns.get(id);
		model.addAttribute("town", town);
		model.addAttribute("townForm", TownForm.from(town));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("townForm") TownForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.towns.requireManage();
		if (!result.hasErrors()) {
			try {
				this.towns.update(id, form.toCommand());
				Flash.success(redirect, "town.saved");
				return "redirect:/towns/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("town", this.towns.get(id));
		return FORM;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.towns.deactivate(id, version);
			Flash.success(redirect, "town.deactivated");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/towns/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.towns.activate(id, version);
			Flash.success(redirect, "town.activated");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/towns/" + id;
	}
}
