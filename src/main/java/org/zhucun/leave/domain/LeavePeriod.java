package org.zhucun.leave.domain;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days of a leave: whole days from the first to the last, both included.
 *
 * <p>Leave days are calendar days: weekends and public holidays inside the period count as leave days. This keeps
 * the count equal to the {@code LEAVE} day records written for attendance (one per day of the period, DOMAIN §4),
 * and a weekend in the middle of a leave is spent away from the village too. So 2026-01-30 to 2026-02-02 is 4 days,
 * although two of them are a weekend.
 *
 * @param first the first day of leave
 * @param last the last day of leave, not before the first
 */
public record LeavePeriod(LocalDate first, LocalDate last) {

	/** The form field a period that ends before it starts is shown beside. */
	public static final String LAST_DAY_FIELD = "lastDay";

	public LeavePeriod {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		if (last.isBefore(first)) {
			throw LeaveRuleException.onField(LAST_DAY_FIELD, "leave.error.last-before-first");
		}
	}

	/** @return the period of a single day */
	public static LeavePeriod ofDay(LocalDate day) {
		return new LeavePeriod(day, day);
	}

	/** @return the number of calendar days, first and last included (weekends and holidays count) */
	public int days() {
		return (int) ChronoUnit.DAYS.between(this.first, this.last) + 1;
	}

	/** @return whether the day is one of the period's days */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.first) && !day.isAfter(this.last);
	}

	/** @return whether the two periods share at least one day */
	public boolean overlaps(LeavePeriod other) {
		return !this.first.isAfter(other.last) && !other.first.isAfter(this.last);
	}

	/** @return how many of the period's days fall in the year */
	public int daysIn(Year year) {
		return daysBetween(year.atDay(1), year.atMonth(12).atEndOfMonth());
	}

	/** @return how many of the period's days fall in the month */
	public int daysIn(YearMonth month) {
		return daysBetween(month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * Splits the period at the day the cadre came back: the days before it were taken, the rest are freed.
	 * @param actualReturnDate the first day back at work: from the first day of leave (nothing taken) to the day
	 * after the last day (everything taken)
	 * @return the days taken and the days freed
	 * @throws LeaveRuleException when the return date is before the first day or after the day after the last day
	 */
	public EarlyReturn withEarlyReturn(LocalDate actualReturnDate) {
		Objects.requireNonNull(actualReturnDate, "actualReturnDate");
		if (actualReturnDate.isBefore(this.first)) {
			throw new LeaveRuleException("leave.error.return-before-start");
		}
		if (actualReturnDate.isAfter(this.last.plusDays(1))) {
			throw new LeaveRuleException("leave.error.return-after-end");
		}
		LeavePeriod taken = actualReturnDate.isAfter(this.first) ? new LeavePeriod(this.first, actualReturnDate.minusDays(1))
				: null;
		LeavePeriod freed = actualReturnDate.isAfter(this.last) ? null : new LeavePeriod(actualReturnDate, this.last);
		return new EarlyReturn(actualReturnDate, taken, freed);
	}

	private int daysBetween(LocalDate from, LocalDate to) {
		LocalDate start = this.first.isAfter(from) ? this.first : from;
		LocalDate end = this.last.isBefore(to) ? this.last : to;
		return end.isBefore(start) ? 0 : (int) ChronoUnit.DAYS.between(start, end) + 1;
	}
}
