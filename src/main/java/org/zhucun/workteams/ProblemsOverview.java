package org.zhucun.workteams;

import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The office's and the town's view of what needs attention (DOMAIN §3): registered poor villages without an active
 * team, teams without a leader or below the minimum, the reductions of this month, terms over or ending within
 * {@value TeamProblem#TERM_ENDING_DAYS} days. Each list of teams is the first page of the list filtered so.
 */
public record ProblemsOverview(List<VillageGap> villagesWithoutTeam, long villagesWithoutTeamCount,
		Page<TeamSummary> belowMinimum, Page<TeamSummary> noLeader, Page<TeamSummary> termOver,
		Page<TeamSummary> termEnding, Page<TeamSummary> shortTerm, YearMonth month, List<ReductionLine> reductions,
		int minMembers, int minTermMonths) {

	/** @return the teams of one section (a rule broken), as listed */
	public Page<TeamSummary> section(TeamProblem problem) {
		return switch (problem) {
			case BELOW_MINIMUM -> this.belowMinimum;
			case NO_LEADER -> this.noLeader;
			case TERM_OVER -> this.termOver;
			case TERM_ENDING -> this.termEnding;
			case SHORT_TERM -> this.shortTerm;
			default -> Page.empty();
		};
	}
}
