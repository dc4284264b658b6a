package org.zhucun.workteams.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.zhucun.workteams.TeamProblem;
import org.zhucun.workteams.TeamStatus;

/**
 * The composition rules that are shown, not enforced (DOMAIN §3): an active team without a leader, a team of a
 * registered poor village below the minimum size, a term over or ending within {@value TeamProblem#TERM_ENDING_DAYS}
 * days. The team list computes the same rules in SQL; reductions come from {@link ReductionRule}.
 */
public final class TeamChecks {

	/**
	 * What the rules look at.
	 * @param onePerVillage whether it is the team of a registered poor village (the minimum size applies)
	 * @param activeMembers how many members serve now
	 * @param hasLeader whether an active member leads it
	 */
	public record Facts(TeamStatus status, boolean onePerVillage, LocalDate termEnd, int activeMembers,
			boolean hasLeader) {
	}

	private TeamChecks() {
	}

	/** @return the rules the team breaks today, in the order of {@link TeamProblem}; none for an ended team */
	public static Set<TeamProblem> problems(Facts team, int minMembers, LocalDate today) {
		Set<TeamProblem> problems = EnumSet.noneOf(TeamProblem.class);
		if (team.status() != TeamStatus.ACTIVE) {
			return problems;
		}
		if (!team.hasLeader()) {
			problems.add(TeamProblem.NO_LEADER);
		}
		if (team.onePerVillage() && team.activeMembers() < minMembers) {
			problems.add(TeamProblem.BELOW_MINIMUM);
		}
		if (team.termEnd().isBefore(today)) {
			problems.add(TeamProblem.TERM_OVER);
		}
		else if (!team.termEnd().isAfter(today.plusDays(TeamProblem.TERM_ENDING_DAYS))) {
			problems.add(TeamProblem.TERM_ENDING);
		}
		return problems;
	}
}
