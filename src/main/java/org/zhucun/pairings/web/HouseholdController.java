package org.zhucun.pairings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

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
import org.zhucun.pairings.HouseholdDetail;
import org.zhucun.pairings.HouseholdFilter;
import org.zhucun.pairings.HouseholdRow;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.Relation;
import org.zhucun.pairings.domain.RiskTag;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.Paging;

/** The household register: the list with filters and its export, the household's page, registration and changes. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/households")
class HouseholdController {

	private static final String FORM = "pairings/household-form";

	private final HouseholdService households;

	private final org.zhucun.pairings.ContactService contacts;

	private final org.zhucun.pairings.MonitoringService monitoring;

	private final ExcelTexts texts;

	private final Clock clock;

	HouseholdController(HouseholdService households, org.zhucun.pairings.ContactService contacts,
			org.zhucun.pairings.MonitoringService monitoring, ExcelTexts texts, Clock clock) {
		this.households = households;
		this.contacts = contacts;
		this.monitoring = monitoring;
		this.texts = texts;
		this.clock = clock;
	}

	@ModelAttribute("filter")
	HouseholdFilter filter(@RequestParam(required = false) String q, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long villageId, @RequestParam(required = false) HouseholdCategory category,
			@RequestParam(required = false) RiskTag risk, @RequestParam(required = false) Boolean paired,
			@RequestParam(required = false) Boolean overdue) {
		return new HouseholdFilter(q, townId, villageId, category, risk, paired, overdue, null, null);
	}

	@GetMapping
	String list(@ModelAttribute("filter") HouseholdFilter filter, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", this.households.search(filter, page));
		model.addAttribute("towns", this.households.townFilterChoices());
		model.addAttribute("villages", this.households.villageFilterChoices(filter.townId()));
		model.addAttribute("categories", HouseholdCategory.values());
		model.addAttribute("riskTags", RiskTag.values());
		model.addAttribute("canCreate", this.households.canCreate());
		model.addAttribute("exportUrl", Paging.withFilters(request, "/households/export"));
		return "pairings/households";
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") HouseholdFilter filter, HttpServletResponse response) throws IOException {
		String file = this.texts.get("pairings.excel.households-file", LocalDate.now(this.clock).toString());
		try (XlsxWriter writer = new XlsxWriter(ExcelDownloads.start(response, file))) {
			writer.sheet(this.texts.get("pairings.excel.households-sheet"),
					java.util.List.of(this.texts.get("pairings.household.code"), this.texts.get("pairings.town"),
							this.texts.get("pairings.village"), this.texts.get("pairings.household.head"),
							this.texts.get("pairings.household.category"), this.texts.get("pairings.household.members"),
							this.texts.get("pairings.household.income-year"), this.texts.get("pairings.household.income"),
							this.texts.get("pairings.household.risks"), this.texts.get("pairings.cadre"),
							this.texts.get("pairings.unit"), this.texts.get("pairings.household.last-contact"),
							this.texts.get("pairings.household.last-home-visit"), this.texts.get("pairings.overdue")));
			this.households.forEach(filter, h -> row(writer, h));
		}
	}

	private void row(XlsxWriter writer, HouseholdRow h) {
		try {
			writer.row(h.code(), h.townName(), h.villageName(), h.headName(), category(h), h.memberCount(),
					h.incomeYear(), h.income(),
					h.risks().stream().map(r -> this.texts.label("pairings.risk.", r)).collect(Collectors.joining("、")),
					h.cadreName(), h.unitName(), h.lastContactOn(), h.lastHomeVisitOn(), this.texts.yesNo(h.overdue()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String category(HouseholdRow h) {
		String text = this.texts.label("pairings.category.", h.category());
		return h.monitoredKind() == null ? text : text + "（" + this.texts.label("pairings.kind.", h.monitoredKind()) + "）";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		HouseholdDetail detail = this.households.get(id);
		model.addAttribute("h", detail);
		model.addAttribute("contacts", this.contacts.ofHousehold(id));
		model.addAttribute("canLog", this.contacts.canLog(id));
		model.addAttribute("cases", this.monitoring.ofHousehold(id));
		model.addAttribute("canFlag", this.monitoring.canFlag(id));
		model.addAttribute("items", org.zhucun.pairings.ContactRow.ITEMS);
		return "pairings/household";
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
