package org.zhucun.unitduties;

import java.time.LocalDate;

/** A quarterly meeting to record. */
public record MeetingCommand(Long unitId, LocalDate heldOn, Long chairId, String attendees, boolean teamReported,
		String topics, String decisions, String solved) {
}
