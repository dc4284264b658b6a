package org.zhucun.workteams;

/** A cadre's place in a team on a day, for other modules: the team, its village and dispatching unit, and the role. */
public record TeamAssignment(Long teamId, Long villageId, Long unitId, Long membershipId, TeamRole role) {
}
