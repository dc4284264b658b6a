package org.zhucun.identity;

/**
 * The roles of DOMAIN §1; each account holds exactly one. {@code CADRE} (帮扶责任人) is a cadre who is not stationed:
 * it sees only itself, its own pairings and their households, and logs their contacts.
 */
public enum Role {

	OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN, TEAM_LEADER, TEAM_MEMBER, CADRE;

	public boolean isOffice() {
		return this == OFFICE_ADMIN || this == OFFICE_STAFF;
	}

	public boolean isTeam() {
		return this == TEAM_LEADER || this == TEAM_MEMBER;
	}

	/** @return whether the account is bound to a cadre (and the cadre's unit): the team roles and {@code CADRE} */
	public boolean hasCadre() {
		return isTeam() || this == CADRE;
	}

	/** @return the authority name Spring Security checks, e.g. {@code ROLE_OFFICE_ADMIN} */
	public String authority() {
		return "ROLE_" + name();
	}
}
