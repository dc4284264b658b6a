package org.zhucun.workteams;

import java.time.LocalDate;

/** One of a cadre's memberships over time: the team (village, town, unit), role, dates and reason for leaving. */
public record CadreMembership(Long membershipId, Long teamId, String villageName, String townName, String unitName,
		TeamStatus teamStatus, TeamRole role, LocalDate joinedOn, LocalDate leftOn, LeaveReason reason, String note) {

	public boolean isActive() {
		return this.leftOn == null;
	}
}
