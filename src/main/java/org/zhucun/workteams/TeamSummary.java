package org.zhucun.workteams;

import java.time.LocalDate;
import java.util.Set;

import org.zhucun.organization.VillageCategory;

/**
 * A team as the list, the overview and the export show it: village, town, unit, leader, active members, term and
 * the rules it breaks today.
 */
public record TeamSummary(Long id, Long villageId, String villageName, VillageCategory category, Long townId,
		String townName, Long unitId, String unitName, Long leaderCadreId, String leaderName, TeamRole leaderRole,
		int activeMembers, LocalDate termStart, LocalDate termEnd, TeamStatus status, LocalDate endedOn,
		boolean onePerVillage, Set<TeamProblem> problems) {

	public boolean isActive() {
		return this.status == TeamStatus.ACTIVE;
	}
}
