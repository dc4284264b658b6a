package org.zhucun.unitduties.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;
import org.zhucun.unitduties.DutyOverviewService;
import org.zhucun.unitduties.UnitDutyService;
import org.zhucun.unitduties.UnitMonthCard;
import org.zhucun.unitduties.domain.rule.MonthDuty;

/**
 * The unit duties cards: for a unit's administrator this month's duty so far (who still has to go, the days left,
 * the quarter's meeting); for the office and the towns how many units are short this month.
 */
@Component
class UnitDutyHomeCards implements HomeCardContribution {

	private final UnitDutyService duties;

	private final DutyOverviewService overviews;

	UnitDutyHomeCards(UnitDutyService duties, DutyOverviewService overviews) {
		this.duties = duties;
		this.overviews = overviews;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("unitduties.mine", 25, this::mine, UNIT_ADMIN),
				HomeCard.of("unitduties.short", 35, this::shortUnits, OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL));
	}

	private Optional<CardView> mine() {
		return this.duties.ownCard().map(this::view);
	}

	private CardView view(UnitMonthCard card) {
		MonthDuty duty = card.duty();
		String href = "/unit-duties/units/" + card.unitId();
		CardView view = duty.met()
				? CardView.of("unitduties.card.mine.title", href, Tone.OK, "unitduties.card.mine.met")
				: CardView.of("unitduties.card.mine.title", href, Tone.ACTION, "unitduties.card.mine.short",
						card.daysLeft());
		view = view.line(duty.principalVisited() ? "unitduties.card.principal-done" : "unitduties.card.principal-due");
		view = view.line("unitduties.card.others", duty.othersDays(), duty.required().othersDays());
		view = card.meetingThisQuarter() ? view.line("unitduties.card.meeting-held")
				: view.link("/meetings/new", Tone.ACTION, "unitduties.card.meeting-due");
		return view.link("/leader-visits/new", Tone.INFO, "unitduties.visits.new");
	}

	private Optional<CardView> shortUnits() {
		long count = this.overviews.shortThisMonth();
		return Optional.of(CardView.of("unitduties.card.short.title", "/unit-duties", count > 0 ? Tone.PROBLEM : Tone.OK,
				"unitduties.card.short.headline", count).line("unitduties.card.short.line"));
	}
}
