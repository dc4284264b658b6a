package org.zhucun.oversight;

import java.time.LocalDate;

/** An interview to record: when, the unit, the cadre or the leader interviewed, by whom, why, what was agreed. */
public record InterviewCommand(LocalDate heldOn, Long unitId, Long cadreId, Long leaderId, String interviewer,
		String reason, Long findingId, String agreed, LocalDate followUpOn) {
}
