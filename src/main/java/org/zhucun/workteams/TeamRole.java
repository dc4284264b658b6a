package org.zhucun.workteams;

/** The role of a cadre in a work team (DOMAIN §3); exactly one active member of a team leads it. */
public enum TeamRole {

	/** 第一书记: normally also leads the team. */
	FIRST_SECRETARY,
	/** 队长 */
	TEAM_LEADER,
	/** 队员 */
	MEMBER;

	/** @return whether a member in this role leads the team */
	public boolean leads() {
		return this != MEMBER;
	}
}
