package org.zhucun.workteams;

import java.time.LocalDate;

/**
 * One of a cadre's memberships over time: the team (village, town, unit), role, dates and reason for leaving.
 * @param teamOpens whether the signed-in user may open the team's page (else the village is shown as text)
 */
public record CadreMembership(Long membershipId, Long teamId, String villageName, String townName, String unitName,
		TeamStatus teamStatus, TeamRole role, LocalDate joinedOn, LocalDate leftOn, LeaveReason reason, String note,
		Long townId, Long unitId, boolean teamOpens) {

	CadreMembership opening(boolean opens) {
		return new CadreMembership(this.membershipId, this.teamId, this.villageName, this.townName, this.unitName,
				this.teamStatus, this.role, this.joinedOn, this.leftOn, this.reason, this.note, this.townId, this.unitId,
				opens);
	}

	public boolean isActive() {
		return this.leftOn == null;
	}
}
