package org.zhucun.organization;

/** The records the {@link Organization} facade returns: plain facts about towns, villages, units and cadres. */
public final class OrganizationRefs {

	private OrganizationRefs() {
	}

	/** A town. */
	public record TownRef(Long id, String name, boolean active) {
	}

	/** A village with its town, category and the centre and radius that judge location evidence. */
	public record VillageRef(Long id, String name, Long townId, String townName, VillageCategory category,
			java.math.BigDecimal latitude, java.math.BigDecimal longitude, int radiusMeters, boolean active) {
	}

	/** An aid unit. */
	public record UnitRef(Long id, String name, UnitKind kind, boolean active) {
	}

	/** A leadership member of an aid unit; exactly one active member of a unit is its principal. */
	public record LeaderRef(Long id, Long unitId, String name, String position, boolean principal, boolean active) {
	}

	/** A cadre of an aid unit, with the phone as stored (mask it for readers outside the cadre's unit or town). */
	public record CadreRef(Long id, String name, Gender gender, String phone, String position, Long unitId,
			String unitName, boolean active) {
	}
}
