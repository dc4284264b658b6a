package org.zhucun.workteams.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;
import org.zhucun.workteams.TeamReductions;
import org.zhucun.workteams.TeamService;

/**
 * The work teams' cards of today's work: the teams in the office's or the town's scope that break a rule (one count,
 * the list filtered by problems), and for the office the reductions of last month (不撤不减, one query).
 */
@Component
class TeamHomeCards implements HomeCardContribution {

	private final TeamService teams;

	private final TeamReductions reductions;

	private final Clock clock;

	TeamHomeCards(TeamService teams, TeamReductions reductions, Clock clock) {
		this.teams = teams;
		this.reductions = reductions;
		this.clock = clock;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("workteams.problems", 20, this::problems, OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL),
				HomeCard.of("workteams.reductions", 22, this::reductions, OFFICE_ADMIN, OFFICE_STAFF));
	}

	private Optional<CardView> problems() {
		long count = this.teams.problemTeamCount();
		return Optional.of(CardView.of("team.card.problems.title", "/teams?problems=true",
				count > 0 ? Tone.PROBLEM : Tone.OK, "team.card.problems.count", count)
			.link("/teams/problems", null, "team.card.problems.overview"));
	}

	/** Last month's reductions, the finished month that a notice names; this month's list is one click away. */
	private Optional<CardView> reductions() {
		YearMonth month = YearMonth.now(this.clock);
		YearMonth last = month.minusMonths(1);
		int count = this.reductions.forMonth(last).size();
		return Optional.of(CardView
			.of("team.card.reductions.title", "/teams/reductions?month=" + last, count > 0 ? Tone.PROBLEM : Tone.OK,
					"team.card.reductions.count", count, last.toString())
			.link("/teams/reductions?month=" + month, null, "team.card.reductions.this-month", month.toString()));
	}
}
