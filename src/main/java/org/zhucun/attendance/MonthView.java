package org.zhucun.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A cadre's attendance for one month as a calendar of weeks from Monday: the cadre, the village of their team (if
 * any), the month and its neighbours, the cells (blank cells pad the first week), and on one's own month the days
 * one may still fill in ({@code editableFrom} to {@code editableTo}, both null otherwise), and the month's ISO weeks
 * judged by the weekly rule (one entry per team served in the month, usually one).
 */
public record MonthView(Long cadreId, String cadreName, String villageName, boolean own, YearMonth month,
		List<DayCell> cells, LocalDate editableFrom, LocalDate editableTo, List<CadreMonth> judged) {

	/** @return whether the cell is a day of one's own the member may still fill in or correct */
	public boolean isEditable(DayCell cell) {
		return this.editableFrom != null && !cell.isBlank() && !cell.isExcused()
				&& !cell.day().isBefore(this.editableFrom) && !cell.day().isAfter(this.editableTo);
	}

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}
}
