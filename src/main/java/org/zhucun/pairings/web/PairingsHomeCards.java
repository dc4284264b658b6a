package org.zhucun.pairings.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.CADRE;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.pairings.HouseholdCounts;
import org.zhucun.pairings.HouseholdFilter;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/**
 * The pairings' cards: for a paired cadre, the households to contact or visit in this period ("2 households to
 * visit this month"); for the desk roles, the households overdue in their scope. One query each.
 */
@Component
class PairingsHomeCards implements HomeCardContribution {

	private final HouseholdService households;

	PairingsHomeCards(HouseholdService households) {
		this.households = households;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("pairings.mine", 30, this::mine, TEAM_LEADER, TEAM_MEMBER, CADRE),
				HomeCard.of("pairings.overdue", 60, this::overdue, UNIT_ADMIN, TOWN_OFFICIAL, OFFICE_ADMIN, OFFICE_STAFF));
	}

	private Optional<CardView> mine() {
		HouseholdCounts counts = this.households.myCounts();
		if (counts.households() == 0) {
			return Optional.empty();
		}
		CardView card = CardView.of("pairings.mine.title", "/pairings/mine", counts.toDo() > 0 ? Tone.ACTION : Tone.OK,
				"pairings.card.to-visit", counts.toDo());
		return Optional.of(counts.overdue() > 0
				? card.link("/pairings/mine", Tone.PROBLEM, "pairings.card.overdue", counts.overdue())
				: card.line("pairings.card.paired", counts.households()));
	}

	private Optional<CardView> overdue() {
		HouseholdCounts counts = this.households.counts(HouseholdFilter.overdue(null, null, null));
		return Optional.of(CardView.of("pairings.overdue.title", "/pairings/overdue",
				counts.overdue() > 0 ? Tone.PROBLEM : Tone.OK, "pairings.card.overdue", counts.overdue())
			.line("pairings.card.overdue-detail", counts.contactOverdue(), counts.homeVisitOverdue()));
	}
}
