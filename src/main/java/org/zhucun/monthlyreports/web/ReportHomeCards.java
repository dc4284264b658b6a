package org.zhucun.monthlyreports.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.monthlyreports.ReportHome;
import org.zhucun.monthlyreports.ReportHome.OfficeCard;
import org.zhucun.monthlyreports.ReportState;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/** The monthly report cards: the unit's report of this month; the office's reviews waiting and units missing. */
@Component
class ReportHomeCards implements HomeCardContribution {

	private final ReportHome home;

	ReportHomeCards(ReportHome home) {
		this.home = home;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("monthlyreports.unit", 20, this::unit, UNIT_ADMIN),
				HomeCard.of("monthlyreports.office", 20, this::office, OFFICE_ADMIN, OFFICE_STAFF));
	}

	private Optional<CardView> unit() {
		return this.home.unitCard().map(c -> {
			boolean done = c.state() == ReportState.SUBMITTED || c.state() == ReportState.ACCEPTED;
			Tone tone = done ? Tone.OK : (c.daysToDue() < 0 || c.state() == ReportState.RETURNED ? Tone.PROBLEM : Tone.ACTION);
			String href = c.reportId() == null ? "/monthly-reports" : "/monthly-reports/" + c.reportId();
			String state = c.state() == null ? "NONE" : c.state().name();
			CardView card = CardView.of("monthlyreports.card.unit.title", href, tone,
					"monthlyreports.card.unit.state." + state, c.month().toString());
			if (!done) {
				card = c.daysToDue() >= 0 ? card.line("monthlyreports.card.unit.days-left", c.daysToDue(),
						c.dueDate().toString()) : card.line("monthlyreports.card.unit.overdue", c.dueDate().toString());
			}
			return card;
		});
	}

	private Optional<CardView> office() {
		OfficeCard c = this.home.officeCard();
		return Optional.of(CardView
			.of("monthlyreports.card.office.title", "/monthly-reports?status=WAITING&month=" + c.missingMonth(),
					c.waiting() > 0 ? Tone.ACTION : Tone.OK, "monthlyreports.card.office.waiting", c.waiting())
			.link("/monthly-reports?status=MISSING&month=" + c.missingMonth(), c.missing() > 0 ? Tone.PROBLEM : Tone.OK,
					"monthlyreports.card.office.missing", c.missingMonth().toString(), c.missing()));
	}
}
