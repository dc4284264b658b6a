package org.zhucun.oversight.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.oversight.FindingService;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/**
 * Supervision's cards, one query each: the unit's findings to answer with the nearest deadline and the overdue ones;
 * the office's answers to verify, findings to assign and overdue findings (a town official's within the town).
 */
@Component
class OversightHomeCards implements HomeCardContribution {

	private static final String LIST = "/oversight/findings";

	private final FindingService findings;

	OversightHomeCards(FindingService findings) {
		this.findings = findings;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("oversight.unit", 12, this::unit, UNIT_ADMIN),
				HomeCard.of("oversight.office", 22, this::office, OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL));
	}

	private Optional<CardView> unit() {
		var counts = this.findings.unitCounts();
		Tone tone = counts.overdue() > 0 ? Tone.PROBLEM : counts.toAnswer() > 0 ? Tone.ACTION : Tone.OK;
		CardView card = CardView.of("oversight.card.unit.title", LIST + "?state=ASSIGNED", tone,
				"oversight.card.unit.to-answer", counts.toAnswer());
		if (counts.nextDeadline() != null) {
			card = card.line("oversight.card.unit.next-deadline", counts.nextDeadline().toString());
		}
		if (counts.overdue() > 0) {
			card = card.link(LIST + "?overdue=true", Tone.PROBLEM, "oversight.card.overdue", counts.overdue());
		}
		return Optional.of(card);
	}

	private Optional<CardView> office() {
		var counts = this.findings.officeCounts();
		Tone tone = counts.overdue() > 0 ? Tone.PROBLEM
				: counts.toVerify() + counts.toAssign() > 0 ? Tone.ACTION : Tone.OK;
		CardView card = CardView.of("oversight.card.office.title", LIST + "?state=ANSWERED", tone,
				"oversight.card.office.to-verify", counts.toVerify());
		if (counts.toAssign() > 0) {
			card = card.link(LIST + "?state=OPEN", Tone.ACTION, "oversight.card.office.to-assign", counts.toAssign());
		}
		card = card.link(LIST + "?overdue=true", counts.overdue() > 0 ? Tone.PROBLEM : Tone.OK, "oversight.card.overdue",
				counts.overdue());
		return Optional.of(card);
	}
}
