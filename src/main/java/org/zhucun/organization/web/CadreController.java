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
import org.zhucun.organization.CadreExcel;
import org.zhucun.organization.CadreFilter;
import org.zhucun.organization.CadreService;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/** Cadres: the list with filters and its Excel export, and a cadre's page. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/cadres")
class CadreController {

	private final CadreService cadres;

	private final AidUnitService units;

	private final CadreExcel excel;

	CadreController(CadreService cadres, AidUnitService units, CadreExcel excel) {
		this.cadres = cadres;
		this.units = units;
		this.excel = excel;
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
		model.addAttribute("exportUrl", Paging.withFilters(request, "/cadres/export"));
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
}
