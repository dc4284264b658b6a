package org.zhucun.pairings.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.pairings.ContactRow;
import org.zhucun.pairings.ContactService;
import org.zhucun.pairings.HouseholdDetail;
import org.zhucun.pairings.HouseholdExcel;
import org.zhucun.pairings.HouseholdFilter;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.MonitoringService;
import org.zhucun.pairings.PairingCharts;
import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.RiskTag;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/**
 * The household register: the list with filters and its export, the overview (households by category per town or
 * village, a chart beside its table), and the household's page with its history.
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/households")
class HouseholdController {

	private final HouseholdService households;

	private final ContactService contacts;

	private final MonitoringService monitoring;

	private final HouseholdExcel excel;

	private final PairingCharts charts;

	HouseholdController(HouseholdService households, ContactService contacts, MonitoringService monitoring,
			HouseholdExcel excel, PairingCharts charts) {
		this.households = households;
		this.contacts = contacts;
		this.monitoring = monitoring;
		this.excel = excel;
		this.charts = charts;
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

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) Long townId, Model model) {
		model.addAttribute("areas", this.charts.households(townId));
		model.addAttribute("towns", this.households.townFilterChoices());
		return "pairings/households-overview";
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") HouseholdFilter filter, HttpServletResponse response) throws IOException {
		this.excel.export(filter, () -> ExcelDownloads.start(response, this.excel.exportFileName()));
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		HouseholdDetail detail = this.households.get(id);
		model.addAttribute("h", detail);
		model.addAttribute("contacts", this.contacts.ofHousehold(id, page));
		model.addAttribute("canLog", this.contacts.canLog(id));
		model.addAttribute("cases", this.monitoring.ofHousehold(id));
		model.addAttribute("canFlag", this.monitoring.canFlag(id));
		model.addAttribute("items", ContactRow.ITEMS);
		return "pairings/household";
	}

}
