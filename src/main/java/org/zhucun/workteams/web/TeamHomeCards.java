package org.zhucun.workteams.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/** The work teams' cards: the teams in scope and their problems for desks, one's own team for team members. */
@Component
class TeamHomeCards implements HomeCardContribution {

	@Override
	public List<HomeCard> homeCards() {
		return List.of(
				HomeCard.of("workteams.problems", 20,
						() -> Optional
							.of(CardView.of("team.problems.title", "/teams/problems", Tone.INFO, "home.card.team-problems")),
						OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL),
				HomeCard.of("workteams.teams", 70,
						() -> Optional.of(CardView.of("nav.teams", "/teams", Tone.INFO, "home.card.teams")), OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				HomeCard.of("workteams.mine", 70,
						() -> Optional.of(CardView.of("nav.my-team", "/teams/mine", Tone.INFO, "home.card.my-team")),
						TEAM_LEADER, TEAM_MEMBER));
	}
}
