package org.zhucun.oversight;

import java.time.LocalDate;

/**
 * An interview in the list: when, the unit, who was interviewed (a cadre, or a leader with their position), by whom,
 * why (and the finding it follows, if any), what was agreed and the day to follow up.
 */
public record InterviewRow(Long id, LocalDate heldOn, Long unitId, String unitName, String person,
		String interviewer, String reason, Long findingId, String agreed, LocalDate followUpOn) {
}
