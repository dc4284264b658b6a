package org.zhucun.workteams;

import org.zhucun.organization.VillageCategory;

/**
 * The filters of the team list and its export; {@code null} means any.
 * @param problemsOnly only active teams that break a rule shown on the list
 * @param problem only active teams that break this rule
 */
public record TeamFilter(Long townId, Long unitId, VillageCategory category, TeamStatus status, boolean problemsOnly,
		TeamProblem problem) {

	public static final TeamFilter ALL = new TeamFilter(null, null, null, null, false, null);

	/** @return the filter for the teams that break one rule */
	public static TeamFilter breaking(TeamProblem problem) {
		return new TeamFilter(null, null, null, TeamStatus.ACTIVE, false, problem);
	}
}
