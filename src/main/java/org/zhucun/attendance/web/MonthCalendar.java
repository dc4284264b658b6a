package org.zhucun.attendance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhucun.attendance.DayCell;
import org.zhucun.attendance.MonthView;

/**
 * The cells of a cadre's month calendar (the member's own page, and a cadre's page for those who may read it) with
 * each cell's classes, labels and whether it links to its day's form decided and resolved here, once per cell, as
 * the week page's grid does ({@link WeekGrid}): the calendar has up to 42 cells, and deciding a cell's status label,
 * its edit link and its marks in the template took a dozen expressions a cell. The record is public so that the
 * templates' SpEL compiler compiles its reads.
 */
@Component
class MonthCalendar {

	/**
	 * A day of the calendar as the page shows it, or a blank cell before the first of the month ({@code day} null).
	 * {@code classes} are added to the cell's own; {@code current} is the {@code aria-current} value (today only);
	 * {@code editLabel} the label of the link to the day's form, null when the day cannot be filled in or corrected
	 * here; {@code statusLabel} null for a day without a record or holiday.
	 */
	public record Cell(LocalDate day, String status, String classes, String current, String editLabel,
			String statusLabel, boolean overnight, String holidayName, boolean needsReview) {

		static final Cell BLANK = new Cell(null, DayCell.NONE, null, null, null, null, false, null, false);

		public boolean blank() {
			return this.day == null;
		}

		public boolean editable() {
			return this.editLabel != null;
		}
	}

	private final MessageSource messages;

	MonthCalendar(MessageSource messages) {
		this.messages = messages;
	}

	/** @return the view's cells, from the Monday of its first week, ready to show in the request's language */
	List<Cell> cells(MonthView view) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Cell> cells = new ArrayList<>(view.cells().size());
		for (DayCell c : view.cells()) {
			if (c.isBlank()) {
				cells.add(Cell.BLANK);
				continue;
			}
			String day = c.day().toString();
			cells.add(new Cell(c.day(), c.status(), "att-status-" + c.status() + (c.today() ? " att-today" : ""),
					c.today() ? "date" : null,
					view.isEditable(c) ? this.messages.getMessage("attendance.day.edit", new Object[] { day }, locale)
							: null,
					DayCell.NONE.equals(c.status()) ? null
							: this.messages.getMessage("attendance.status.short." + c.status(), null, locale),
					c.overnight(), c.holidayName(), c.needsReview()));
		}
		return cells;
	}
}
