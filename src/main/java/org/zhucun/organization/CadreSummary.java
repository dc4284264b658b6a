package org.zhucun.organization;

/** A cadre as listed and exported, with the unit's name (phone as the signed-in user may see it). */
public record CadreSummary(Long id, String name, Gender gender, String position, String phone, Long unitId,
		String unitName, boolean active) {

	CadreSummary withPhone(String shown) {
		return new CadreSummary(this.id, this.name, this.gender, this.position, shown, this.unitId, this.unitName,
				this.active);
	}
}
