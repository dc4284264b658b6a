package org.zhucun.attendance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.zhucun.attendance.MonthOverview.DiscrepancyRow;
import org.zhucun.attendance.MonthOverview.Figures;
import org.zhucun.attendance.MonthOverview.TeamRow;
import org.zhucun.attendance.MonthOverview.TownRow;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.shared.excel.DownloadTarget;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;

/**
 * The month overview as an .xlsx file, as the page shows it with its filters: the figures by town (district) or by
 * team (town) with the total, every cadre of the filtered list of those who did not meet the rule with the reason,
 * and every discrepancy of the month. The overview passed in has been checked against the account's scope already.
 */
@Component
public class OverviewExcel {

	private static final Locale FILE_LOCALE = ExcelTexts.FILE_LOCALE;

	private final ExcelTexts labels;

	private final SheetTexts texts;

	OverviewExcel(ExcelTexts labels, SheetTexts texts) {
		this.labels = labels;
		this.texts = texts;
	}

	/** @return the file name, as in 考勤概览-全区-2026-10.xlsx or 考勤概览-克井镇-2026-10.xlsx */
	public String fileName(MonthOverview view) {
		return get("overview.excel.file", scope(view), view.month().toString());
	}

	/** Writes the overview to the target, opened only now. */
	public void write(MonthOverview view, DownloadTarget target) {
		String period = this.texts.period(MonthPeriod.of(view.month()), FILE_LOCALE);
		String month = get("attendance.month.title", view.month().getYear(), view.month().getMonthValue());
		try (XlsxWriter writer = new XlsxWriter(target.open())) {
			writer.sheet(get("overview.summary"), get("overview.excel.title", month, scope(view)), period,
					figureHeaders(view));
			if (view.isTown()) {
				for (TeamRow team : view.teams()) {
					writer.row(figures(List.of(team.villageName(), team.unitName()), team.figures()));
				}
				writer.row(figures(List.of(get("sheets.totals"), ""), view.summary()));
			}
			else {
				for (TownRow town : view.towns()) {
					writer.row(figures(List.of(town.townName()), town.figures()));
				}
				writer.row(figures(List.of(get("sheets.totals")), view.summary()));
			}

			writer.sheet(get("overview.cadres"), get("overview.excel.title-of", get("overview.cadres"), month,
					scope(view)), get("overview.excel.filters", period, filters(view)), cadreHeaders(view));
			for (CadreMonth c : view.cadres()) {
				List<Object> cells = new ArrayList<>(List.of(c.cadreName(), c.villageName()));
				if (!view.isTown()) {
					cells.add(c.townName());
				}
				cells.addAll(List.of(c.unitName(), reasons(view, c), this.texts.flags(c, FILE_LOCALE),
						c.discrepancies(), c.gapDays()));
				writer.row(cells);
			}

			writer.sheet(get("overview.discrepancies"), get("overview.excel.title-of", get("overview.discrepancies"),
					month, scope(view)), period, discrepancyHeaders(view));
			for (DiscrepancyRow d : view.discrepancies()) {
				List<Object> cells = new ArrayList<>(List.of(d.day(), d.cadreName(), text(d.villageName())));
				if (!view.isTown()) {
					cells.add(text(d.townName()));
				}
				cells.add(get("overview.method." + d.method()));
				writer.row(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return why the cadre did not meet the rule, as the page lists it */
	public String reasons(MonthOverview view, CadreMonth c) {
		List<String> parts = new ArrayList<>();
		String weeks = this.texts.missed(c, FILE_LOCALE);
		if (!weeks.isEmpty()) {
			parts.add(weeks);
		}
		if (view.nominal(c)) {
			parts.add(get("overview.reason.nominal", c.flags().days(), c.flags().requiredDays()));
		}
		if (view.commuting(c)) {
			parts.add(get("overview.reason.commuting", c.flags().commutingWeeks()));
		}
		if (c.absentDays() > 0) {
			parts.add(get("overview.reason.absent", c.absentDays()));
		}
		if (c.discrepancies() > 0) {
			parts.add(get("overview.reason.discrepancies", c.discrepancies()));
		}
		return String.join(get("sheets.missed.separator"), parts);
	}

	private List<String> figureHeaders(MonthOverview view) {
		List<String> headers = new ArrayList<>();
		if (view.isTown()) {
			headers.addAll(List.of(get("overview.col.village"), get("overview.col.unit")));
		}
		else {
			headers.addAll(List.of(get("overview.col.town"), get("overview.fig.teams")));
		}
		headers.addAll(List.of(get(view.isTown() ? "overview.fig.members-judged" : "overview.fig.judged"),
				get("overview.fig.met"), get("overview.fig.not-met"), get("attendance.flag.NOMINAL"),
				get("attendance.flag.COMMUTING"), get("attendance.flag.ABSENT"), get("overview.fig.discrepancies"),
				get("overview.fig.gaps"), get("sheets.col.weeks-met"), get("sheets.col.weeks-judged")));
		return headers;
	}

	private static List<Object> figures(List<Object> first, Figures f) {
		List<Object> cells = new ArrayList<>(first);
		if (first.size() == 1) {
			cells.add(f.teams());
		}
		cells.addAll(List.of(f.cadresJudged(), f.cadresMet(), f.cadresNotMet(), f.nominal(), f.commuting(),
				f.absent(), f.discrepancies(), f.gapDays(), f.weeksMet(), f.weeksJudged()));
		return cells;
	}

	private List<String> cadreHeaders(MonthOverview view) {
		List<String> headers = new ArrayList<>(List.of(get("overview.col.cadre"), get("overview.col.village")));
		if (!view.isTown()) {
			headers.add(get("overview.col.town"));
		}
		headers.addAll(List.of(get("overview.col.unit"), get("overview.col.reason"), get("overview.col.flags"),
				get("overview.fig.discrepancies"), get("overview.fig.gaps")));
		return headers;
	}

	private List<String> discrepancyHeaders(MonthOverview view) {
		List<String> headers = new ArrayList<>(
				List.of(get("overview.col.day"), get("overview.col.cadre"), get("overview.col.village")));
		if (!view.isTown()) {
			headers.add(get("overview.col.town"));
		}
		headers.add(get("overview.col.method"));
		return headers;
	}

	/** @return the list's filters as the page has them: the town (district only) and the flag, or 全部 */
	private String filters(MonthOverview view) {
		List<String> parts = new ArrayList<>();
		if (view.townFilter() != null) {
			view.towns()
				.stream()
				.filter(t -> t.townId().equals(view.townFilter()))
				.findFirst()
				.ifPresent(t -> parts.add(get("overview.excel.filter", get("overview.col.town"), t.townName())));
		}
		MonthFlag flag = view.flagFilter();
		if (flag != null) {
			parts.add(get("overview.excel.filter", get("overview.col.flag"), get("attendance.flag." + flag.name())));
		}
		return parts.isEmpty() ? get("overview.any") : String.join(get("sheets.missed.separator"), parts);
	}

	private String scope(MonthOverview view) {
		return view.isTown() ? view.townName() : get("overview.excel.district");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private String get(String key, Object... args) {
		return this.labels.get(key, args);
	}
}
