package org.zhucun.oversight;

import java.time.LocalDate;

/**
 * A recall in the list: the cadre, the team's village and town, the unit, the last day, the replacement's due date,
 * the reason, the finding it follows, and the replacement (the first member to join from the last day on) if any.
 * @param townId the town of the team, whose official follows the recall
 * @param replacementOverdue whether no one has replaced the cadre and the due date has passed
 */
public record RecallRow(Long id, Long cadreId, String cadreName, Long teamId, String villageName, String townName,
		Long unitId, String unitName, Long townId, LocalDate lastDay, LocalDate replacementDue, String reason, Long findingId,
		String replacementName, LocalDate replacedOn, boolean replacementOverdue) {

	/** @return whether a member has joined the team since */
	public boolean replaced() {
		return this.replacedOn != null;
	}
}
