package org.zhucun.attendance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.attendance.SpotCheckExcel;
import org.zhucun.attendance.SpotCheckFilter;
import org.zhucun.attendance.SpotCheckList;
import org.zhucun.attendance.SpotCheckMethod;
import org.zhucun.attendance.SpotCheckService;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.Paging;

/** The list of spot checks as a print view and an Excel file, with the page's filters: every check, not one page. */
@PreAuthorize(Allowed.OFFICE_OR_TOWN)
@Controller
class SpotCheckPrintController {

	private final SpotCheckService spotChecks;

	private final Organization organization;

	private final SpotCheckExcel excel;

	SpotCheckPrintController(SpotCheckService spotChecks, Organization organization, SpotCheckExcel excel) {
		this.spotChecks = spotChecks;
		this.organization = organization;
		this.excel = excel;
	}

	/** The print view of the list with its filters: every check, not one page. */
	@GetMapping("/attendance/spot-checks/print")
	String print(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) SpotCheckMethod method, @RequestParam(required = false) String result,
			@RequestParam(defaultValue = "false") boolean discrepancies, Model model, HttpServletRequest request) {
		SpotCheckFilter filter = this.spotChecks.filter(month, townId, method, result, discrepancies);
		model.addAttribute("list", this.spotChecks.all(filter));
		model.addAttribute("filters", filters(filter));
		model.addAttribute("today", this.spotChecks.now().toLocalDate());
		model.addAttribute("backUrl", Paging.withFilters(request, "/attendance/spot-checks"));
		return "attendance/spot-checks-print";
	}

	/** The Excel file of the list with its filters: every check, not one page. */
	@GetMapping("/attendance/spot-checks/export")
	void export(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) SpotCheckMethod method, @RequestParam(required = false) String result,
			@RequestParam(defaultValue = "false") boolean discrepancies, HttpServletResponse response) {
		SpotCheckFilter filter = this.spotChecks.filter(month, townId, method, result, discrepancies);
		SpotCheckList list = this.spotChecks.all(filter);
		this.excel.write(list, filters(filter), () -> ExcelDownloads.start(response, this.excel.fileName(filter)));
	}

	/** @return the filters as a line of text; a town is named only for the office (the filter keeps no other) */
	private String filters(SpotCheckFilter filter) {
		String townName = filter.townId() == null ? null
				: Choice.nameOf(this.organization.townChoices(), filter.townId());
		return this.excel.filters(filter, townName);
	}
}
