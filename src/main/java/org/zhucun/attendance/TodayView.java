package org.zhucun.attendance;

import java.time.LocalDate;

/**
 * The cadre's today as the one-tap form shows it: the current record's status, night and version (none without a
 * record), and why the day cannot be declared, if so: {@code LEAVE}, {@code HOLIDAY} or {@code NO_TEAM}.
 */
public record TodayView(LocalDate day, DayStatus status, boolean overnight, Long version, String lockReason) {

	public boolean isLocked() {
		return this.lockReason != null;
	}
}
