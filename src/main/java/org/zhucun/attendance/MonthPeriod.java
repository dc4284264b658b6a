package org.zhucun.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.zhucun.attendance.domain.rule.IsoWeek;

/**
 * The days a month's attendance covers: its ISO weeks, those whose Thursday falls in the month (DOMAIN §4), from the
 * first week's Monday to the last week's Sunday. October 2026 runs from 2026-09-28 to 2026-11-01.
 *
 * @param month the month
 * @param weeks its ISO weeks, in order
 */
public record MonthPeriod(YearMonth month, List<IsoWeek> weeks) {

	public MonthPeriod {
		weeks = List.copyOf(weeks);
	}

	/** @return the period of the month */
	public static MonthPeriod of(YearMonth month) {
		return new MonthPeriod(month, IsoWeek.weeksOf(month));
	}

	/** @return the first week's Monday */
	public LocalDate from() {
		return this.weeks.get(0).monday();
	}

	/** @return the last week's Sunday */
	public LocalDate to() {
		return this.weeks.get(this.weeks.size() - 1).sunday();
	}
}
