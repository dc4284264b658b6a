package org.zhucun.identity;

/**
 * What one signed-in account may see and change: the role plus the town, aid unit or cadre it is bound to.
 * Every module filters its queries with it and checks every write against it (DOMAIN §1).
 */
public record DataScope(Long accountId, String username, Role role, Long townId, Long unitId, Long cadreId)
		implements java.io.Serializable {

	public boolean isOffice() {
		return this.role.isOffice();
	}

	public boolean isOfficeAdmin() {
		return this.role == Role.OFFICE_ADMIN;
	}

	public boolean isTown() {
		return this.role == Role.TOWN_OFFICIAL;
	}

	public boolean isUnit() {
		return this.role == Role.UNIT_ADMIN;
	}

	public boolean isTeam() {
		return this.role.isTeam();
	}

	/** @return whether the account is a responsible cadre who is not stationed (帮扶责任人, DOMAIN §1) */
	public boolean isCadre() {
		return this.role == Role.CADRE;
	}

	/** @return the town to filter by, or {@code null} when the scope is not limited to a town */
	public Long townFilter() {
		return isTown() ? this.townId : null;
	}

	/** @return the unit to filter by (unit administrators, team members and cadres), or {@code null} */
	public Long unitFilter() {
		return (isUnit() || isTeam() || isCadre()) ? this.unitId : null;
	}
}
