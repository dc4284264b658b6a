package org.zhucun.oversight.domain;

import java.util.Objects;

/**
 * What a finding is about: an aid unit, a team or a cadre, always with the unit that answers for it and the town
 * whose official may follow it (null for a unit without a team in the case).
 */
public record Subject(SubjectKind kind, Long unitId, Long teamId, Long cadreId, Long townId) {

	public Subject {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unitId, "unitId");
		if (kind == SubjectKind.TEAM && teamId == null) {
			throw new IllegalArgumentException("a team finding names the team");
		}
		if (kind == SubjectKind.CADRE && cadreId == null) {
			throw new IllegalArgumentException("a cadre finding names the cadre");
		}
	}

	public static Subject unit(Long unitId) {
		return new Subject(SubjectKind.UNIT, unitId, null, null, null);
	}

	public static Subject team(Long teamId, Long unitId, Long townId) {
		return new Subject(SubjectKind.TEAM, unitId, teamId, null, townId);
	}

	public static Subject cadre(Long cadreId, Long unitId, Long teamId, Long townId) {
		return new Subject(SubjectKind.CADRE, unitId, teamId, cadreId, townId);
	}
}
