package org.zhucun.attendance;

import java.time.LocalDate;

/**
 * One day of a month calendar: its status ({@code NONE} without a record), the night mark, the statutory holiday's
 * name, and whether it is today or needs review. A blank cell (before the first of the month) has no day.
 */
public record DayCell(LocalDate day, String status, boolean overnight, String holidayName, boolean today,
		boolean weekend, boolean needsReview) {

	/** The status of a day without a record and without a holiday. */
	public static final String NONE = "NONE";

	static DayCell blank() {
		return new DayCell(null, NONE, false, null, false, false, false);
	}

	public boolean isBlank() {
		return this.day == null;
	}

	public boolean isExcused() {
		return DayStatus.LEAVE.name().equals(this.status) || DayStatus.HOLIDAY.name().equals(this.status);
	}
}
