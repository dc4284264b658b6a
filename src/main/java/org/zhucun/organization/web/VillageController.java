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
import org.zhucun.organization.TownService;
import org.zhucun.organization.VillageCategory;
import org.zhucun.organization.VillageExcel;
import org.zhucun.organization.VillageFilter;
import org.zhucun.organization.VillageService;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/** Villages: the list with filters and its Excel export, and a village's page. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/villages")
class VillageController {

	private final VillageService villages;

	private final TownService towns;

	private final VillageExcel excel;

	VillageController(VillageService villages, TownService towns, VillageExcel excel) {
		this.villages = villages;
		this.towns = towns;
		this.excel = excel;
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
		model.addAttribute("exportUrl", Paging.withFilters(request, "/villages/export"));
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
}
