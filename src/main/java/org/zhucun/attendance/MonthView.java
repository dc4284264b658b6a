package org.zhucun.attendance;

import java.time.YearMonth;
import java.util.List;

/**
 * A cadre's attendance for one month as a calendar of weeks from Monday: the cadre, the village of their team (if
 * any), the month and its neighbours, and the cells (blank cells pad the first week).
 */
public record MonthView(Long cadreId, String cadreName, String villageName, boolean own, YearMonth month,
		List<DayCell> cells) {

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}
}
