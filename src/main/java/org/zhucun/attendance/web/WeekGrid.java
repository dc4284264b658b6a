package org.zhucun.attendance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhucun.attendance.DayCell;
import org.zhucun.attendance.WeekCell;
import org.zhucun.attendance.WeekRow;
import org.zhucun.attendance.WeekView;
import org.zhucun.attendance.domain.rule.WeekResult;

/**
 * The rows of the week page's grid with each cell's attributes and texts decided and resolved here, once per cell:
 * the page has seven cells a member, and deciding a cell's mark and resolving its label, its day's name and its edit
 * link's label in the template took a dozen expressions a cell, most of the page's time (README, Benchmark). The
 * records are public so that the templates' SpEL compiler compiles their reads (it compiles none on a non-public type).
 */
@Component
class WeekGrid {

	/** A cadre's line of the grid: their cells and the weekly rule's result ({@link WeekRow}). */
	public record Row(Long cadreId, String cadreName, List<Cell> cells, WeekResult result, boolean over) {
	}

	/**
	 * A cell as the page shows it ({@link WeekGridDialect}). {@code night}, {@code gap} and {@code review} are the
	 * values of their data attributes, null for none; {@code href} (the path, without the context path) and
	 * {@code editLabel} the edit link's, null when the cell is not linked (the signed-in account does not lead the
	 * team, or the cadre was not a member that day); {@code outside} the note of a record declared outside the
	 * village's radius.
	 */
	public record Cell(String classes, Long cadreId, LocalDate day, String status, String night, String gap, String dow,
			Integer review, String label, String href, String editLabel, boolean overnight, boolean corrected,
			String outside, Marks marks) {

		public boolean linked() {
			return this.href != null;
		}
	}

	/** The marks of a night in the village and of a leader's correction, with their titles, the same on every cell. */
	public record Marks(String nightTitle, String nightMark, String correctedTitle, String correctedMark) {
	}

	/** The form that corrects a cell ({@link WeekController}). */
	static final String CELL_PATH = "/attendance/week/cells";

	private final MessageSource messages;

	WeekGrid(MessageSource messages) {
		this.messages = messages;
	}

	/** @return the view's rows with their cells ready to show in the request's language */
	List<Row> rows(WeekView view) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> dows = view.days()
			.stream()
			.map(d -> message("attendance.weekday." + d.getDayOfWeek().getValue(), locale) + " " + d.getDayOfMonth())
			.toList();
		String outMark = message("attendance.week.out.mark", locale);
		String gapMark = message("attendance.week.gap.mark", locale);
		Marks marks = new Marks(message("attendance.night", locale), message("attendance.night.mark", locale),
				message("attendance.week.corrected", locale), message("attendance.week.corrected.mark", locale));
		List<Row> rows = new ArrayList<>(view.rows().size());
		for (WeekRow row : view.rows()) {
			List<Cell> cells = new ArrayList<>(row.cells().size());
			for (int i = 0; i < row.cells().size(); i++) {
				WeekCell c = row.cells().get(i);
				boolean linked = view.leader() && c.member();
				String label = !c.member() ? outMark
						: DayCell.NONE.equals(c.status()) ? (c.gap() ? gapMark : "")
								: message("attendance.status.short." + c.status(), locale);
				cells.add(new Cell(c.classes(), c.cadreId(), c.day(), c.status(), c.overnight() ? "true" : null,
						c.gap() ? "true" : null, dows.get(i), c.needsReview() ? c.distanceM() : null, label,
						linked ? CELL_PATH + "?cadreId=" + c.cadreId() + "&date=" + c.day() : null,
						linked ? this.messages.getMessage("attendance.week.cell.edit",
								new Object[] { row.cadreName(), c.day().toString() }, locale) : null,
						c.overnight(), c.corrected(),
						c.needsReview() ? this.messages.getMessage("attendance.week.outside",
								new Object[] { c.distanceM() }, locale) : null,
						marks));
			}
			rows.add(new Row(row.cadreId(), row.cadreName(), cells, row.result(), row.over()));
		}
		return rows;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}
}
