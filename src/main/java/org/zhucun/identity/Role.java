package org.zhucun.identity;

/** The six roles of DOMAIN §1; each account holds exactly one. */
public enum Role {

	OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN, TEAM_LEADER, TEAM_MEMBER;

	public boolean isOffice() {
		return this == OFFICE_ADMIN || this == OFFICE_STAFF;
	}

	public boolean isTeam() {
		return this == TEAM_LEADER || this == TEAM_MEMBER;
	}

	/** @return the authority name Spring Security checks, e.g. {@code ROLE_OFFICE_ADMIN} */
	public String authority() {
		return "ROLE_" + name();
	}
}
