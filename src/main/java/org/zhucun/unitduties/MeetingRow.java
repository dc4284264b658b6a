package org.zhucun.unitduties;

import java.time.LocalDate;

/** A quarterly meeting as the lists and its page show it, with the names of its unit and chair. */
public record MeetingRow(Long id, long version, Long unitId, String unitName, LocalDate heldOn, Long chairId,
		String chairName, String attendees, boolean teamReported, String topics, String decisions, String solved,
		String createdBy) {

	/** @return the quarter, e.g. 2026-Q4 */
	public String quarter() {
		return this.heldOn.getYear() + "-Q" + ((this.heldOn.getMonthValue() - 1) / 3 + 1);
	}
}
