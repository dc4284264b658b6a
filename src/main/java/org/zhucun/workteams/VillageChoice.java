package org.zhucun.workteams;

import org.zhucun.organization.VillageCategory;

/** A village a team can be dispatched to, with its town, category and whether it has an active team already. */
public record VillageChoice(Long id, String name, Long townId, String townName, VillageCategory category,
		boolean hasActiveTeam) {
}
