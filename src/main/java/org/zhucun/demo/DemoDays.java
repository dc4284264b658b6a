package org.zhucun.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The days the demo district is generated around, all derived from the day it is loaded ({@code today}), so that a
 * newcomer finds this week and this month filled in: attendance from the first day of the month two months back up
 * to yesterday (today is left to declare), leave from then until a few weeks ahead, team histories in the months
 * before, and the holiday calendar of every year those touch.
 * @param today the day the demo district is loaded
 */
record DemoDays(LocalDate today) {

	/** Days after today that leave requests reach, so that pending requests wait in the inboxes. */
	static final int LEAVE_DAYS_AHEAD = 17;

	/** Days before yesterday from which cadres with gaps leave days undeclared: the last two weeks. */
	static final int GAP_DAYS = 11;

	DemoDays {
		if (today == null) {
			throw new IllegalArgumentException("today is required");
		}
	}

	YearMonth month() {
		return YearMonth.from(this.today);
	}

	LocalDate yesterday() {
		return this.today.minusDays(1);
	}

	/** @return the first day of attendance: the first of the month two months before this one */
	LocalDate attendanceFrom() {
		return month().minusMonths(2).atDay(1);
	}

	/** @return the first day on which cadres with gaps leave days undeclared */
	LocalDate gapsFrom() {
		return yesterday().minusDays(GAP_DAYS);
	}

	/** @return the last day a leave request of the demo may reach */
	LocalDate leaveUntil() {
		return this.today.plusDays(LEAVE_DAYS_AHEAD);
	}

	/** @return the first year of the holiday calendar: the year before this one, for the months looked back on */
	int firstHolidayYear() {
		return this.today.getYear() - 1;
	}

	/** @return the last year of the holiday calendar: the year of the last day of leave */
	int lastHolidayYear() {
		return leaveUntil().getYear();
	}

	/**
	 * The day {@code member} has not declared, a gap for {@code leader} to fill: Wednesday of this week once it has
	 * passed, else the latest working day before today (of last week when today is Monday), never a holiday.
	 * @param holidays the statutory holidays
	 * @return the demo gap
	 */
	LocalDate demoGap(Set<LocalDate> holidays) {
		LocalDate wednesday = this.today.with(DayOfWeek.WEDNESDAY);
		if (wednesday.isBefore(this.today) && !holidays.contains(wednesday)) {
			return wednesday;
		}
		LocalDate day = yesterday();
		while (day.getDayOfWeek().getValue() > 5 || holidays.contains(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/**
	 * @return the Monday of the last week a leader has confirmed: weeks are confirmed on the Monday after, so a week
	 * that ended yesterday is not confirmed yet
	 */
	LocalDate lastConfirmedMonday() {
		return yesterday().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
	}
}
