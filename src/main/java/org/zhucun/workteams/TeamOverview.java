package org.zhucun.workteams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.workteams.domain.TeamQueries;

/** The overview of problems for the office (the district) and a town official (their town). */
@Service
@Transactional(readOnly = true)
public class TeamOverview {

	/** How many registered poor villages without a team the overview lists. */
	static final int VILLAGES_SHOWN = 50;

	private final TeamService teams;

	private final TeamReductions reductions;

	private final TeamQueries queries;

	private final TeamAccess access;

	private final Clock clock;

	TeamOverview(TeamService teams, TeamReductions reductions, TeamQueries queries, TeamAccess access, Clock clock) {
		this.teams = teams;
		this.reductions = reductions;
		this.queries = queries;
		this.access = access;
		this.clock = clock;
	}

	public ProblemsOverview overview() {
		DataScope scope = this.access.officeOrTown();
		Long townId = scope.isTown() ? scope.townId() : null;
		YearMonth month = YearMonth.from(LocalDate.now(this.clock));
		return new ProblemsOverview(this.queries.poorVillagesWithoutTeam(townId, VILLAGES_SHOWN),
				this.queries.countPoorVillagesWithoutTeam(townId),
				this.teams.search(TeamFilter.breaking(TeamProblem.BELOW_MINIMUM), 0),
				this.teams.search(TeamFilter.breaking(TeamProblem.NO_LEADER), 0),
				this.teams.search(TeamFilter.breaking(TeamProblem.TERM_OVER), 0),
				this.teams.search(TeamFilter.breaking(TeamProblem.TERM_ENDING), 0),
				this.teams.search(TeamFilter.breaking(TeamProblem.SHORT_TERM), 0), month,
				this.reductions.compute(month, townId), this.teams.minMembersToday(), this.teams.bounds().minTermMonths());
	}
}
