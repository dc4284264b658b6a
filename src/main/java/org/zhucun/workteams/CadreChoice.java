package org.zhucun.workteams;

/** An active cadre without an active membership, who can join a team; phone as the signed-in user may see it. */
public record CadreChoice(Long id, String name, Long unitId, String unitName, String phone) {

	CadreChoice withPhone(String shown) {
		return new CadreChoice(this.id, this.name, this.unitId, this.unitName, shown);
	}
}
