package org.zhucun.leave.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.leave.LeaveService;
import org.zhucun.leave.web.LeaveCardQueries.OwnLeave;
import org.zhucun.leave.web.LeaveCardQueries.UnitDecisions;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;

/**
 * Leave's cards of today's work, one count each: the requests waiting for the approver, the member's own leave, the
 * office's cadres above the yearly limit, and the decisions of this month on an aid unit's cadres.
 */
@Component
class LeaveHomeCards implements HomeCardContribution {

	private final LeaveService leave;

	private final LeaveCardQueries queries;

	private final ScopeService scopes;

	private final Clock clock;

	LeaveHomeCards(LeaveService leave, LeaveCardQueries queries, ScopeService scopes, Clock clock) {
		this.leave = leave;
		this.queries = queries;
		this.scopes = scopes;
		this.clock = clock;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("leave.inbox", 15, this::inbox, TEAM_LEADER, TOWN_OFFICIAL, OFFICE_ADMIN, OFFICE_STAFF),
				HomeCard.of("leave.over-limit", 27, this::overLimit, OFFICE_ADMIN, OFFICE_STAFF),
				HomeCard.of("leave.unit", 45, this::unit, UNIT_ADMIN),
				HomeCard.of("leave.mine", 50, this::mine, TEAM_LEADER, TEAM_MEMBER));
	}

	private Optional<CardView> inbox() {
		long waiting = this.leave.pendingCount();
		return Optional.of(CardView.of("leave.nav.inbox", "/leave-requests/inbox", waiting > 0 ? Tone.ACTION : Tone.OK,
				"leave.card.inbox.waiting", waiting));
	}

	private Optional<CardView> overLimit() {
		Year year = Year.now(this.clock);
		long cadres = this.leave.overLimitCount(year);
		return Optional.of(CardView.of("leave.card.over-limit.title", "/leave-requests/totals?year=" + year,
				cadres > 0 ? Tone.PROBLEM : Tone.OK, "leave.card.over-limit.count", cadres, year.toString()));
	}

	private Optional<CardView> unit() {
		DataScope scope = this.scopes.current();
		if (scope.unitId() == null) {
			return Optional.empty();
		}
		YearMonth month = YearMonth.now(this.clock);
		UnitDecisions decisions = this.queries.unit(scope.unitId(), month);
		return Optional.of(CardView
			.of("leave.card.unit.title", "/leave-requests?month=" + month, Tone.INFO, "leave.card.unit.decisions",
					decisions.approved() + decisions.rejected(), decisions.approved(), decisions.rejected(),
					month.toString())
			.link("/leave-requests?state=PENDING", null, "leave.card.unit.pending", decisions.pending()));
	}

	private Optional<CardView> mine() {
		DataScope scope = this.scopes.current();
		if (scope.cadreId() == null) {
			return Optional.empty();
		}
		OwnLeave own = this.queries.own(scope.cadreId(), LocalDate.now(this.clock));
		CardView card;
		if (own.onLeaveUntil() != null) {
			card = CardView.of("leave.nav.mine", "/leave-requests/mine", Tone.INFO, "leave.card.mine.on-leave",
					String.valueOf(own.onLeaveUntil()));
		}
		else if (own.nextFrom() != null) {
			card = CardView.of("leave.nav.mine", "/leave-requests/mine", Tone.INFO, "leave.card.mine.next",
					String.valueOf(own.nextFrom()), String.valueOf(own.nextTo()));
		}
		else {
			card = CardView.of("leave.nav.mine", "/leave-requests/mine", Tone.OK, "leave.card.mine.none");
		}
		return Optional.of(card.link("/leave-requests/mine", own.pending() > 0 ? Tone.ACTION : Tone.OK,
				"leave.card.mine.pending", own.pending()));
	}
}
