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
import org.zhucun.organization.AidUnitService;
import org.zhucun.organization.CadreExcel;
import org.zhucun.organization.CadreFilter;
import org.zhucun.organization.CadreService;
import org.zhucun.organization.CadreView;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Gender;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadForm;
import org.zhucun.shared.web.UploadLimit;

/** Cadres: list with filters, page, create, edit, deactivate and reactivate, Excel import and export. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/cadres")
class CadreController {

	private static final String FORM = "organization/cadres/form";

	private final CadreService cadres;

	private final AidUnitService units;

	private final CadreExcel excel;

	private final ImportPages imports;

	CadreController(CadreService cadres, AidUnitService units, CadreExcel excel, ImportPages imports) {
		this.cadres = cadres;
		this.units = units;
		this.excel = excel;
		this.imports = imports;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		CadreFilter filter = new CadreFilter(name, unitId, active);
		model.addAttribute("page", this.cadres.search(filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("units", this.units.choices());
		model.addAttribute("canCreate", this.cadres.canCreate());
		model.addAttribute("canImport", this.excel.canImport());
		model.addAttribute("exportUrl", ListLinks.withFilters(request, "/cadres/export"));
		return "organization/cadres/list";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String name, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Boolean active, HttpServletResponse response) {
		this.excel.export(new CadreFilter(name, unitId, active),
				() -> ExcelDownloads.start(response, this.excel.exportFileName()));
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("cadre", this.cadres.get(id));
		return "organization/cadres/show";
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
				redirect.addFlashAttribute("successMessage", "cadre.created");
				return "redirect:/cadres/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex);
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
				redirect.addFlashAttribute("successMessage", "cadre.saved");
				return "redirect:/cadres/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex);
			}
		}
		return form(model, cadre);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.cadres.deactivate(id, version);
			redirect.addFlashAttribute("successMessage", "cadre.deactivated");
		}
		catch (BusinessRuleException ex) {
			Forms.flashRule(redirect, ex);
		}
		return "redirect:/cadres/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.cadres.activate(id, version);
			redirect.addFlashAttribute("successMessage", "cadre.activated");
		}
		catch (BusinessRuleException ex) {
			Forms.flashRule(redirect, ex);
		}
		return "redirect:/cadres/" + id;
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
		return ImportPages.setup("organization/import", "cadre.import.title", "nav.cadres", "/cadres",
				List.of(this.excel.sheet()), List.of("excel.cadre."));
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
