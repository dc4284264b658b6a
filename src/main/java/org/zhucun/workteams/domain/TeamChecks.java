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
	public record Facts(TeamStatus status, boolean onePerVillage, LocalDate termStart, LocalDate termEnd,
			int activeMembers, boolean hasLeader) {

		/** Facts without the term's start: the term's length is not judged. */
		public Facts(TeamStatus status, boolean onePerVillage, LocalDate termEnd, int activeMembers, boolean hasLeader) {
			this(status, onePerVillage, null, termEnd, activeMembers, hasLeader);
		}
	}

	/** The minimum term in months when none is given (the default of team.min-term-months). */
	public static final int DEFAULT_MIN_TERM_MONTHS = 24;

	/**
	 * @return whether a term from {@code start} to {@code end} (both included) is shorter than {@code minMonths}
	 * months: 2026-01-01 to 2027-12-31 is two years
	 */
	public static boolean shortTerm(LocalDate start, LocalDate end, int minMonths) {
		return start != null && end != null && end.plusDays(1).isBefore(start.plusMonths(minMonths));
	}

	private TeamChecks() {
	}

	/** @return the rules the team breaks today, in the order of {@link TeamProblem}; none for an ended team */
	public static Set<TeamProblem> problems(Facts team, int minMembers, LocalDate today) {
		return problems(team, minMembers, DEFAULT_MIN_TERM_MONTHS, today);
	}

	/**
	 * @return the rules the team breaks today, in the order of {@link TeamProblem}, a term shorter than
	 * {@code minTermMonths} included; none for an ended team
	 */
	public static Set<TeamProblem> problems(Facts team, int minMembers, int minTermMonths, LocalDate today) {
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
		if (shortTerm(team.termStart(), team.termEnd(), minTermMonths)) {
			problems.add(TeamProblem.SHORT_TERM);
		}
		return problems;
	}
}
