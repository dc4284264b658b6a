package org.zhucun.workteams;

import java.util.List;

/**
 * A team as other modules need it (oversight's findings and recalls): where it serves, its aid unit, and its
 * memberships in the order the members joined (ended ones included).
 */
public record TeamFacts(Long id, Long villageId, Long townId, Long unitId, TeamStatus status,
		List<MemberView> members) {

	public TeamFacts {
		members = List.copyOf(members);
	}
}
