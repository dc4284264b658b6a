package org.zhucun.attendance.domain.rule;

import java.util.Objects;

import org.zhucun.attendance.DayStatus;

/**
 * What the weekly rule needs of one day record: its status and whether the cadre slept in the village.
 *
 * @param status what the cadre did that day
 * @param overnight whether the cadre stayed in the village that night (counted only for a day in the village)
 */
public record DayEntry(DayStatus status, boolean overnight) {

	public DayEntry {
		Objects.requireNonNull(status, "status");
	}

	/** @return a day in the village, with or without the night */
	public static DayEntry inVillage(boolean overnight) {
		return new DayEntry(DayStatus.IN_VILLAGE, overnight);
	}

	/** @return a day of the status, without a night */
	public static DayEntry of(DayStatus status) {
		return new DayEntry(status, false);
	}
}
