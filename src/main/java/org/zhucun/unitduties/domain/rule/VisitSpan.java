package org.zhucun.unitduties.domain.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A leadership member's time in the village, as the rule sees it.
 * @param leaderId the member
 * @param principal whether the member was the unit's principal when the visit was recorded
 * @param firstDay the first day in the village
 * @param lastDay the last day in the village (not before the first)
 */
public record VisitSpan(Long leaderId, boolean principal, LocalDate firstDay, LocalDate lastDay) {

	public VisitSpan {
		Objects.requireNonNull(leaderId);
		Objects.requireNonNull(firstDay);
		Objects.requireNonNull(lastDay);
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("A visit ends on or after its first day");
		}
	}

	/** @return whether at least one of the visit's days falls in the month */
	public boolean overlaps(YearMonth month) {
		return !this.lastDay.isBefore(month.atDay(1)) && !this.firstDay.isAfter(month.atEndOfMonth());
	}

	/** @return the visit's days that fall in the month (a visit across a month's end counts its days in each month) */
	public int daysIn(YearMonth month) {
		if (!overlaps(month)) {
			return 0;
		}
		LocalDate from = this.firstDay.isBefore(month.atDay(1)) ? month.atDay(1) : this.firstDay;
		LocalDate to = this.lastDay.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : this.lastDay;
		return (int) ChronoUnit.DAYS.between(from, to) + 1;
	}
}
