package org.zhucun.leave;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when approved leave is cancelled before it starts or the cadre returns early: the attendance module
 * removes the {@code LEAVE} marks of these days (the days not taken).
 * {@code decidedBy} is the user name of the account that withdrew the leave or reported the early return, for the
 * day records' audit trail.
 */
public record LeaveDaysWithdrawn(Long requestId, Long cadreId, List<LocalDate> days, String decidedBy) {

	/** Without the user name of who decided: the day records then name the application. */
	public LeaveDaysWithdrawn(Long requestId, Long cadreId, List<LocalDate> days) {
		this(requestId, cadreId, days, null);
	}
}
