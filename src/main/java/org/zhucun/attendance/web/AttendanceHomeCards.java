package org.zhucun.attendance.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.zhucun.attendance.Attendance;
import org.zhucun.attendance.AttendanceSettings;
import org.zhucun.attendance.CadreMonth;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.web.AttendanceCardQueries.OwnDays;
import org.zhucun.attendance.web.AttendanceCardQueries.TeamWeek;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.platform.CardView;
import org.zhucun.shared.platform.CardView.Tone;
import org.zhucun.shared.platform.HomeCard;
import org.zhucun.shared.platform.HomeCardContribution;
import org.zhucun.shared.settings.PolicySettings;

/**
 * Attendance's cards of today's work: the member's own day and the days they can still fill in, the leader's gaps of
 * this week and weeks not confirmed, the town's discrepancies of this month, the unit's cadres judged last month, and
 * the office's records waiting for review. Each card is one statement of {@link AttendanceCardQueries} (the unit's
 * month is the compliance the sheets show).
 */
@Component
class AttendanceHomeCards implements HomeCardContribution {

	private final AttendanceCardQueries queries;

	private final ScopeService scopes;

	private final Attendance attendance;

	private final PolicySettings settings;

	private final Clock clock;

	AttendanceHomeCards(AttendanceCardQueries queries, ScopeService scopes, Attendance attendance,
			PolicySettings settings, Clock clock) {
		this.queries = queries;
		this.scopes = scopes;
		this.attendance = attendance;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<HomeCard> homeCards() {
		return List.of(HomeCard.of("attendance.today", 10, this::today, TEAM_MEMBER, TEAM_LEADER),
				HomeCard.of("attendance.team-week", 12, this::teamWeek, TEAM_LEADER),
				HomeCard.of("attendance.discrepancies", 25, this::discrepancies, TOWN_OFFICIAL),
				HomeCard.of("attendance.unit-month", 30, this::unitMonth, UNIT_ADMIN),
				HomeCard.of("attendance.reviews", 35, this::reviews, OFFICE_ADMIN, OFFICE_STAFF));
	}

	private Optional<CardView> today() {
		DataScope scope = this.scopes.current();
		if (scope.cadreId() == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(this.settings.intValue(AttendanceSettings.MEMBER_EDIT_DAYS, today));
		OwnDays days = this.queries.ownDays(scope.cadreId(), from, today);
		if (!days.serving()) {
			return Optional.empty();
		}
		boolean due = days.today() == null && !days.holiday();
		CardView card;
		if (days.today() != null) {
			card = CardView.of("attendance.card.today.title", "/attendance", Tone.OK, "attendance.card.today.declared",
					new DefaultMessageSourceResolvable("attendance.status." + days.today().name()));
		}
		else if (days.holiday()) {
			card = CardView.of("attendance.card.today.title", "/attendance", Tone.OK,
					"attendance.card.today.declared",
					new DefaultMessageSourceResolvable("attendance.status." + DayStatus.HOLIDAY.name()));
		}
		else {
			card = CardView.of("attendance.card.today.title", "/attendance", Tone.ACTION,
					"attendance.card.today.not-declared");
		}
		Tone openTone = days.openDays() > 0 ? Tone.ACTION : Tone.OK;
		String openLink = days.firstOpenDay() == null ? "/attendance" : "/attendance/days/" + days.firstOpenDay();
		card = card.link(openLink, openTone, "attendance.card.today.open", days.openDays(),
				String.valueOf(days.firstOpenDay()), String.valueOf(from));
		return Optional.of(due || days.openDays() == 0 ? card : withTone(card, Tone.ACTION));
	}

	private Optional<CardView> teamWeek() {
		DataScope scope = this.scopes.current();
		if (scope.cadreId() == null) {
			return Optional.empty();
		}
		Optional<TeamWeek> week = this.queries.ledTeamWeek(scope.cadreId(), LocalDate.now(this.clock));
		return week.map(w -> CardView
			.of("attendance.card.week.title", "/attendance/week", w.gaps() > 0 ? Tone.ACTION : Tone.OK,
					"attendance.card.week.gaps", w.gaps(), String.valueOf(w.firstGap()))
			.link("/attendance/week", w.unconfirmedWeeks() > 0 ? Tone.ACTION : Tone.OK,
					"attendance.card.week.unconfirmed", w.unconfirmedWeeks(), AttendanceCardQueries.CONFIRMATION_WEEKS));
	}

	private Optional<CardView> discrepancies() {
		DataScope scope = this.scopes.current();
		if (scope.townId() == null) {
			return Optional.empty();
		}
		YearMonth month = YearMonth.now(this.clock);
		long found = this.queries.discrepancies(month, scope.townId());
		return Optional.of(CardView.of("attendance.card.discrepancies.title",
				"/attendance/spot-checks?month=" + month + "&discrepancies=true", found > 0 ? Tone.PROBLEM : Tone.OK,
				"attendance.card.discrepancies.count", found, month.toString()));
	}

	private Optional<CardView> unitMonth() {
		DataScope scope = this.scopes.current();
		if (scope.unitId() == null) {
			return Optional.empty();
		}
		YearMonth month = YearMonth.now(this.clock).minusMonths(1);
		List<CadreMonth> cadres = this.attendance.unitMonth(scope.unitId(), month);
		long cadreCount = cadres.stream().map(CadreMonth::cadreId).distinct().count();
		long missed = cadres.stream().filter(c -> !c.complies()).map(CadreMonth::cadreId).distinct().count();
		String href = "/attendance/sheets/units/" + scope.unitId() + "?month=" + month;
		return Optional.of(CardView
			.of("attendance.card.unit.title", href, missed > 0 ? Tone.PROBLEM : Tone.OK, "attendance.card.unit.headline",
					cadreCount, cadreCount - missed, month.toString())
			.link(href, missed > 0 ? Tone.PROBLEM : Tone.OK, "attendance.card.unit.missed", missed));
	}

	private Optional<CardView> reviews() {
		YearMonth month = YearMonth.now(this.clock);
		long waiting = this.queries.recordsForReview(month, this.scopes.current().townFilter());
		return Optional.of(CardView.of("attendance.card.reviews.title", "/attendance/overview?month=" + month,
				waiting > 0 ? Tone.ACTION : Tone.OK, "attendance.card.reviews.count", waiting, month.toString()));
	}

	private static CardView withTone(CardView card, Tone tone) {
		return new CardView(card.titleKey(), card.href(), tone, card.headline(), card.lines());
	}
}
