package org.zhucun.attendance.web;

import java.time.YearMonth;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.attendance.SheetExcel;
import org.zhucun.attendance.SheetService;
import org.zhucun.attendance.SheetView;
import org.zhucun.attendance.TownSheets;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The monthly attendance sheets of a team and of an aid unit: the page, its print view and its Excel export; the
 * town-wide workbook of every team of a town; for the month asked for (the current month when none is given; a malformed one is said so and the current month shown).
 */
@PreAuthorize(Allowed.DESK_OR_LEADER)
@Controller
class SheetController {

	private final SheetService sheets;

	private final SheetExcel excel;

	SheetController(SheetService sheets, SheetExcel excel) {
		this.sheets = sheets;
		this.excel = excel;
	}

	@GetMapping("/attendance/sheets")
	String home() {
		return "redirect:" + this.sheets.home();
	}

	@GetMapping("/attendance/sheets/teams/{teamId}")
	String teamSheet(@PathVariable Long teamId, @RequestParam(required = false) String month,
			Model model) {
		return page(month, m -> this.sheets.teamSheet(teamId, m), "attendance/sheet", model);
	}

	@GetMapping("/attendance/sheets/teams/{teamId}/print")
	String teamPrint(@PathVariable Long teamId, @RequestParam(required = false) String month, Model model) {
		return page(month, m -> this.sheets.teamSheet(teamId, m), "attendance/sheet-print", model);
	}

	@GetMapping("/attendance/sheets/teams/{teamId}/export")
	void teamExport(@PathVariable Long teamId, @RequestParam(required = false) String month,
			HttpServletResponse response) {
		export(this.sheets.teamSheet(teamId, month(month).value()), response);
	}

	@GetMapping("/attendance/sheets/units/{unitId}")
	String unitSheet(@PathVariable Long unitId, @RequestParam(required = false) String month,
			Model model) {
		return page(month, m -> this.sheets.unitSheet(unitId, m), "attendance/sheet", model);
	}

	@GetMapping("/attendance/sheets/units/{unitId}/print")
	String unitPrint(@PathVariable Long unitId, @RequestParam(required = false) String month, Model model) {
		return page(month, m -> this.sheets.unitSheet(unitId, m), "attendance/sheet-print", model);
	}

	@GetMapping("/attendance/sheets/units/{unitId}/export")
	void unitExport(@PathVariable Long unitId, @RequestParam(required = false) String month,
			HttpServletResponse response) {
		export(this.sheets.unitSheet(unitId, month(month).value()), response);
	}

	/**
	 * The town-wide workbook of a month: a summary sheet and one sheet per team, for the office (any town) and the
	 * town's officials (their own).
	 */
	@GetMapping("/attendance/sheets/towns/{townId}/export")
	void townExport(@PathVariable Long townId, @RequestParam(required = false) String month,
			HttpServletResponse response) {
		TownSheets town = this.sheets.townSheets(townId, month(month).value());
		this.excel.write(town, () -> ExcelDownloads.start(response, this.excel.fileName(town)));
	}

	private String page(String month, Function<YearMonth, SheetView> sheet, String template, Model model) {
		RequestedMonth asked = month(month);
		SheetView view = sheet.apply(asked.value());
		String base = view.unitSheet() ? "/attendance/sheets/units/" + view.unitId()
				: "/attendance/sheets/teams/" + view.teamId();
		model.addAttribute("view", view);
		model.addAttribute("base", base);
		model.addAttribute("flags", MonthFlag.values());
		if (asked.invalid()) {
			model.addAttribute("invalidMonth", month);
		}
		return template;
	}

	private void export(SheetView view, HttpServletResponse response) {
		this.excel.write(view, () -> ExcelDownloads.start(response, this.excel.fileName(view)));
	}

	/** The month asked for; the current month when missing or unusable (then marked invalid). */
	private RequestedMonth month(String text) {
		return RequestedMonth.of(text, YearMonth.from(this.sheets.today()));
	}
}
