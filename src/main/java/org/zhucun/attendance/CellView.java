package org.zhucun.attendance;

import java.time.LocalDate;

/**
 * A cadre's day as the team leader's correction form shows it: the current status (null without a record), night,
 * note and version, the review mark of a record declared outside the village's radius with its distance in metres
 * and whether the town or office reviewed it, and why it cannot be corrected ({@code LEAVE} or {@code HOLIDAY}), if so.
 */
public record CellView(Long cadreId, String cadreName, LocalDate day, DayStatus status, boolean overnight, String note,
		Long version, String lockReason, boolean needsReview, Integer distanceM, boolean reviewed) {

	public boolean isLocked() {
		return this.lockReason != null;
	}
}
