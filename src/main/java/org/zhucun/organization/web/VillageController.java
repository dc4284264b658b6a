package org.zhucun.organization.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.zhucun.organization.Choice;
import org.zhucun.organization.TownService;
import org.zhucun.organization.VillageCategory;
import org.zhucun.organization.VillageExcel;
import org.zhucun.organization.VillageFilter;
import org.zhucun.organization.VillageService;
import org.zhucun.organization.VillageView;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadForm;
import org.zhucun.shared.web.UploadLimit;

/** Villages: list with filters, page, create, edit, deactivate and reactivate, Excel import and export. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/villages")
class VillageController {

	private static final String FORM = "organization/villages/form";

	private final VillageService villages;

	private final TownService towns;

	private final VillageExcel excel;

	private final ImportPages imports;

	VillageController(VillageService villages, TownService towns, VillageExcel excel, ImportPages imports) {
		this.villages = villages;
		this.towns = towns;
		this.excel = excel;
		this.imports = imports;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) VillageCategory category, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		VillageFilter filter = new VillageFilter(name, townId, category, active);
		model.addAttribute("page", this.villages.search(filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("towns", this.towns.choices());
		model.addAttribute("categories", VillageCategory.values());
		model.addAttribute("canCreate", this.villages.canCreate());
		model.addAttribute("canImport", this.excel.canImport());
		model.addAttribute("exportUrl", ListLinks.withFilters(request, "/villages/export"));
		return "organization/villages/list";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String name, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) VillageCategory category, @RequestParam(required = false) Boolean active,
			HttpServletResponse response) {
		this.excel.export(new VillageFilter(name, townId, category, active),
				() -> ExcelDownloads.start(response, this.excel.exportFileName()));
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("village", this.villages.get(id));
		return "organization/villages/show";
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
				redirect.addFlashAttribute("successMessage", "village.created");
				return "redirect:/villages/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex);
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
				redirect.addFlashAttribute("successMessage", "village.saved");
				return "redirect:/villages/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex);
			}
		}
		return form(model, village);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.villages.deactivate(id, version);
			redirect.addFlashAttribute("successMessage", "village.deactivated");
		}
		catch (BusinessRuleException ex) {
			Forms.flashRule(redirect, ex);
		}
		return "redirect:/villages/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.villages.activate(id, version);
			redirect.addFlashAttribute("successMessage", "village.activated");
		}
		catch (BusinessRuleException ex) {
			Forms.flashRule(redirect, ex);
		}
		return "redirect:/villages/" + id;
	}

	@GetMapping("/import")
	String importPage(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge,
			Model model) {
		this.excel.requireImporter();
		return this.imports.page(setup(), new UploadForm(), tooLarge != null, model);
	}

	@PostMapping("/import")
	String importFile(@ModelAttribute("uploadForm") UploadForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		this.excel.requireImporter();
		return this.imports.handle(setup(), form, result, this.excel::importFile, model, redirect, locale);
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		this.excel.writeTemplate(() -> ExcelDownloads.start(response, this.excel.templateFileName()));
	}

	private ImportPages.Setup setup() {
		return ImportPages.setup("organization/import", "village.import.title", "nav.villages", "/villages",
				List.of(this.excel.sheet()), List.of("excel.village."));
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
