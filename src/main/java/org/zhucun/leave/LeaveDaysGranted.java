package org.zhucun.leave;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a leave request is approved at its last step: the attendance module marks these days of the cadre
 * as {@code LEAVE}. Delivered through the persistent event publication registry, so no decision is lost.
 * {@code decidedBy} is the user name of the account that approved the leave, for the day records' audit trail.
 */
public record LeaveDaysGranted(Long requestId, Long cadreId, List<LocalDate> days, String decidedBy) {

	/** Without the user name of who decided: the day records then name the application. */
	public LeaveDaysGranted(Long requestId, Long cadreId, List<LocalDate> days) {
		this(requestId, cadreId, days, null);
	}
}
