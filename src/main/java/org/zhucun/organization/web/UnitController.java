package org.zhucun.organization.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import org.zhucun.organization.Gender;
import org.zhucun.organization.TownService;
import org.zhucun.organization.UnitExcel;
import org.zhucun.organization.UnitFilter;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.UnitView;
import org.zhucun.organization.VillageService;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadForm;
import org.zhucun.shared.web.UploadLimit;

/**
 * Aid units: list with filters, page, and one form for the unit with all its leadership members (and, for the
 * office, its linked villages); deactivate and reactivate; Excel import and export.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/units")
class UnitController {

	private static final String FORM = "organization/units/form";

	private final AidUnitService units;

	private final TownService towns;

	private final VillageService villages;

	private final UnitExcel excel;

	private final ImportPages imports;

	UnitController(AidUnitService units, TownService towns, VillageService villages, UnitExcel excel,
			ImportPages imports) {
		this.units = units;
		this.towns = towns;
		this.villages = villages;
		this.excel = excel;
		this.imports = imports;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Long townId,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		UnitFilter filter = new UnitFilter(name, kind, active, townId);
		model.addAttribute("page", this.units.search(filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("towns", this.towns.choices());
		model.addAttribute("canManage", this.units.canManage());
		model.addAttribute("exportUrl", ListLinks.withFilters(request, "/units/export"));
		return "organization/units/list";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String name, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Long townId,
			HttpServletResponse response) {
		this.excel.export(new UnitFilter(name, kind, active, townId),
				() -> ExcelDownloads.start(response, this.excel.exportFileName()));
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("unit", this.units.get(id));
		return "organization/units/show";
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
				redirect.addFlashAttribute("successMessage", "unit.created");
				return "redirect:/units/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex);
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
				redirect.addFlashAttribute("successMessage", "unit.saved");
				return "redirect:/units/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex);
			}
		}
		return form(model, unit, unit.officeEditable());
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.units.deactivate(id, version);
			redirect.addFlashAttribute("successMessage", "unit.deactivated");
		}
		catch (BusinessRuleException ex) {
			Forms.flashRule(redirect, ex);
		}
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.units.activate(id, version);
			redirect.addFlashAttribute("successMessage", "unit.activated");
		}
		catch (BusinessRuleException ex) {
			Forms.flashRule(redirect, ex);
		}
		return "redirect:/units/" + id;
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
		return ImportPages.setup("organization/import", "unit.import.title", "nav.units", "/units",
				List.of(this.excel.unitSheet(), this.excel.leaderSheet()), List.of("excel.unit.", "excel.leader."));
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
