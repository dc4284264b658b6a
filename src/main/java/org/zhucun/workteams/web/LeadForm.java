package org.zhucun.workteams.web;

import jakarta.validation.constraints.NotNull;

import org.zhucun.workteams.TeamRole;

/** The form of the team page that hands the lead to another active member, in a leading role. */
public class LeadForm {

	@NotNull
	private Long membershipId;

	@NotNull
	private TeamRole role = TeamRole.FIRST_SECRETARY;

	public Long getMembershipId() {
		return this.membershipId;
	}

	public void setMembershipId(Long membershipId) {
		this.membershipId = membershipId;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}
}
