package org.zhucun.workteams;

import java.time.LocalDate;

/** A member who left a team and was not replaced in time: who, their last day, why, and the note. */
public record Departure(Long membershipId, Long cadreId, String cadreName, LocalDate leftOn, LeaveReason reason,
		String note) {
}
