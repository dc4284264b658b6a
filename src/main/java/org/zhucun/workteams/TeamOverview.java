package org.zhucun.workteams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
		return overview(VILLAGES_SHOWN, problem -> this.teams.search(TeamFilter.breaking(problem), 0));
	}

	/**
	 * The overview as its print view and Excel export show it: every village and every team of each section (the
	 * page shows the first of each), the teams streamed from the database. Same scope as {@link #overview()}.
	 */
	public ProblemsOverview overviewInFull() {
		return overview(Integer.MAX_VALUE, problem -> {
			List<TeamSummary> rows = new ArrayList<>();
			this.teams.forEach(TeamFilter.breaking(problem), stream -> stream.forEach(rows::add));
			return new PageImpl<>(rows, PageRequest.of(0, Math.max(1, rows.size())), rows.size());
		});
	}

	private ProblemsOverview overview(int villages, Function<TeamProblem, Page<TeamSummary>> section) {
		DataScope scope = this.access.officeOrTown();
		Long townId = scope.isTown() ? scope.townId() : null;
		YearMonth month = YearMonth.from(LocalDate.now(this.clock));
		return new ProblemsOverview(this.queries.poorVillagesWithoutTeam(townId, villages),
				this.queries.countPoorVillagesWithoutTeam(townId), section.apply(TeamProblem.BELOW_MINIMUM),
				section.apply(TeamProblem.NO_LEADER), section.apply(TeamProblem.TERM_OVER),
				section.apply(TeamProblem.TERM_ENDING), section.apply(TeamProblem.SHORT_TERM), month,
				this.reductions.compute(month, townId), this.teams.minMembersToday(), this.teams.bounds().minTermMonths());
	}
}
