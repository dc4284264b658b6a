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
}
