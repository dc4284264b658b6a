package org.zhucun.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.AidUnitService;
import org.zhucun.organization.TownService;
import org.zhucun.organization.UnitExcel;
import org.zhucun.organization.UnitFilter;
import org.zhucun.organization.UnitKind;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/** Aid units: the list with filters and its Excel export, and a unit's page. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/units")
class UnitController {

	private final AidUnitService units;

	private final TownService towns;

	private final UnitExcel excel;

	UnitController(AidUnitService units, TownService towns, UnitExcel excel) {
		this.units = units;
		this.towns = towns;
		this.excel = excel;
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
		model.addAttribute("exportUrl", Paging.withFilters(request, "/units/export"));
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
}
