package org.zhucun.attendance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;

/**
 * A monthly sheet as an .xlsx file: a title row (the sheet, the month, the team or unit), the period once, then the
 * rows and columns of the page, a totals row, and a second sheet with the title, the period and the legend. The file
 * is Chinese whatever the language of the page, like the other exports. The sheet passed in has been checked against
 * the signed-in account's scope already.
 */
@Component
public class SheetExcel {

	private static final Locale FILE_LOCALE = ExcelTexts.FILE_LOCALE;

	private final ExcelTexts labels;

	private final SheetTexts texts;

	SheetExcel(ExcelTexts labels, SheetTexts texts) {
		this.labels = labels;
		this.texts = texts;
	}

	/** @return the file name, as in 驻村考勤月报表-枣庙村-2026-10.xlsx */
	public String fileName(SheetView sheet) {
		return get("sheets.excel.file", sheet.subject().replaceAll("[\\\\/:*?<>|\"]", " ").trim(),
				sheet.period().month().toString());
	}

	/** Writes the sheet to the target, opened only now. */
	public void write(SheetView sheet, DownloadTarget target) {
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writeSheet(writer, get("sheets.excel.sheet"), sheet);
			writer.sheet(get("sheets.excel.about"), List.of(get("sheets.excel.item"), get("sheets.excel.value")));
			writer.row(get("sheets.excel.title"), heading(sheet));
			writer.row(get("sheets.col.month"), sheet.period().month().toString());
			writer.row(get("sheets.col.period"), this.texts.period(sheet.period(), FILE_LOCALE));
			writer.row(get("sheets.excel.made-on"), sheet.today());
			writer.row(get("sheets.legend.title"), this.texts.rule(sheet.rule(), FILE_LOCALE));
			for (MonthFlag flag : MonthFlag.values()) {
				writer.row(this.texts.flag(flag, FILE_LOCALE), get("sheets.legend." + flag.name()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the file name of a town-wide workbook, as in 驻村考勤月报表-克井镇-2026-10.xlsx */
	public String fileName(TownSheets town) {
		return get("sheets.excel.file", town.townName().replaceAll("[\\\\/:*?<>|\"]", " ").trim(),
				town.period().month().toString());
	}

	/**
	 * Writes a town's workbook to the target, opened only now: a summary sheet with one row per team (the totals
	 * row of its sheet) and the town's total, then one sheet per team as the team's own export has it. Rows leave
	 * as they are written, so the file needs little memory whatever the number of teams.
	 */
	public void write(TownSheets town, DownloadTarget target) {
		YearMonth month = town.period().month();
		String period = this.texts.period(town.period(), FILE_LOCALE);
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			List<String> headers = new ArrayList<>(List.of(get("sheets.col.village"), get("sheets.town.col.unit"),
					get("sheets.town.col.cadres")));
			headers.addAll(figureHeaders());
			writer.sheet(get("sheets.town.summary"), get("sheets.excel.title-row", get("sheets.title"),
					get("sheets.month", month.getYear(), month.getMonthValue()), town.townName()), period, headers);
			for (SheetView team : town.teams()) {
				writer.row(totals(List.of(team.villageName(), team.unitName()), team.totals()));
			}
			writer.row(totals(Arrays.asList(get("sheets.totals"), null), town.totals()));
			Set<String> names = new HashSet<>(List.of(get("sheets.town.summary")));
			for (SheetView team : town.teams()) {
				writeSheet(writer, unique(names, team.villageName()), team);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return a sheet name not used yet in the workbook: the village, then 枣庙村（2）… */
	private String unique(Set<String> names, String name) {
		String candidate = XlsxWriter.sheetName(name);
		for (int n = 2; !names.add(candidate); n++) {
			candidate = XlsxWriter.sheetName(get("sheets.town.sheet-n", name, n));
		}
		return candidate;
	}

	private static List<Object> totals(List<Object> first, SheetTotals totals) {
		List<Object> cells = new ArrayList<>(first);
		cells.addAll(List.of(totals.cadres(), totals.inVillageDays(), totals.nights(), totals.officialBusinessDays(),
				totals.leaveDays(), totals.absentDays(), totals.gapDays(), totals.weeksMet(), totals.weeksJudged(),
				totals.discrepancies()));
		for (MonthFlag flag : MonthFlag.values()) {
			cells.add(totals.flagged(flag));
		}
		return cells;
	}

	private List<String> figureHeaders() {
		List<String> headers = new ArrayList<>(List.of(get("sheets.col.days"), get("sheets.col.nights"),
				get("sheets.col.official"), get("sheets.col.leave"), get("sheets.col.absent"), get("sheets.col.gap"),
				get("sheets.col.weeks-met"), get("sheets.col.weeks-judged"), get("sheets.col.discrepancies")));
		for (MonthFlag flag : MonthFlag.values()) {
			headers.add(this.texts.flag(flag, FILE_LOCALE));
		}
		return headers;
	}

	/**
	 * Writes one sheet of the workbook: the title row, the period, the rows of the page and the totals row (also
	 * one sheet per team of the town-wide workbook).
	 */
	void writeSheet(XlsxWriter writer, String sheetName, SheetView sheet) throws IOException {
		writer.sheet(sheetName, title(sheet), this.texts.period(sheet.period(), FILE_LOCALE), headers(sheet));
		for (CadreMonth row : sheet.rows()) {
			List<Object> cells = new ArrayList<>();
			if (sheet.unitSheet()) {
				cells.addAll(Arrays.asList(row.townName(), row.villageName(), row.cadreName()));
			}
			else {
				cells.addAll(List.of(row.cadreName(), get(row.leader() ? "sheets.role.leader" : "sheets.role.member")));
			}
			cells.addAll(List.of(row.inVillageDays(), row.nights(), row.officialBusinessDays(), row.leaveDays(),
					row.absentDays(), row.gapDays(), row.weeksMet(), row.weeksJudged(), row.discrepancies(),
					this.texts.flags(row, FILE_LOCALE), this.texts.missed(row, FILE_LOCALE)));
			writer.row(cells);
		}
		SheetTotals totals = sheet.totals();
		List<Object> cells = new ArrayList<>(Arrays.asList(get("sheets.totals"), null));
		if (sheet.unitSheet()) {
			cells.add(null);
		}
		cells.addAll(List.of(totals.inVillageDays(), totals.nights(), totals.officialBusinessDays(),
				totals.leaveDays(), totals.absentDays(), totals.gapDays(), totals.weeksMet(), totals.weeksJudged(),
				totals.discrepancies(), flagged(totals)));
		writer.row(cells);
	}

	/** @return the title row: 驻村考勤月报表（2026年10月）　城关镇枣庙村　派出单位：区财政局 */
	String title(SheetView sheet) {
		YearMonth month = sheet.period().month();
		return get("sheets.excel.title-row", get("sheets.title"), get("sheets.month", month.getYear(),
				month.getMonthValue()), heading(sheet));
	}

	private List<String> headers(SheetView sheet) {
		List<String> headers = new ArrayList<>();
		if (sheet.unitSheet()) {
			headers.addAll(List.of(get("sheets.col.town"), get("sheets.col.village"), get("sheets.col.name")));
		}
		else {
			headers.addAll(List.of(get("sheets.col.name"), get("sheets.col.role")));
		}
		headers.addAll(List.of(get("sheets.col.days"), get("sheets.col.nights"), get("sheets.col.official"),
				get("sheets.col.leave"), get("sheets.col.absent"), get("sheets.col.gap"), get("sheets.col.weeks-met"),
				get("sheets.col.weeks-judged"), get("sheets.col.discrepancies"), get("sheets.col.flags"),
				get("sheets.col.missed")));
		return headers;
	}

	private String heading(SheetView sheet) {
		return sheet.unitSheet() ? get("sheets.unit.heading", sheet.unitName())
				: get("sheets.team.heading", sheet.villageName(), sheet.townName(), sheet.unitName());
	}

	private String flagged(SheetTotals totals) {
		List<String> parts = new ArrayList<>();
		for (MonthFlag flag : MonthFlag.values()) {
			if (totals.flagged(flag) > 0) {
				parts.add(get("sheets.totals.flagged", this.texts.flag(flag, FILE_LOCALE), totals.flagged(flag)));
			}
		}
		return String.join(get("sheets.missed.separator"), parts);
	}

	private String get(String key, Object... args) {
		return this.labels.get(key, args);
	}
}
