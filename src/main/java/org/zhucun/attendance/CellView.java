package org.zhucun.attendance;

import java.time.LocalDate;

/**
 * A cadre's day as the team leader's correction form shows it: the current status (null without a record), night,
 * note and version, and why it cannot be corrected ({@code LEAVE} or {@code HOLIDAY}), if so.
 */
public record CellView(Long cadreId, String cadreName, LocalDate day, DayStatus status, boolean overnight, String note,
		Long version, String lockReason) {

	public boolean isLocked() {
		return this.lockReason != null;
	}
}
