package org.zhucun.unitduties.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The monthly duty rule of an aid unit (DOMAIN §6). */
class DutyRuleTest {

	private static final YearMonth OCT = YearMonth.of(2026, 10);

	private static final YearMonth NOV = YearMonth.of(2026, 11);

	private static final YearMonth DEC = YearMonth.of(2026, 12);

	private static final DutyNumbers DEFAULTS = new DutyNumbers(1, 2);

	private static final long PRINCIPAL = 1;

	private static final long DEPUTY = 2;

	private static final long SECRETARY = 3;

	private final DutyRule rule = new DutyRule(month -> DEFAULTS);

	@Test
	void aVisitAcrossTheMonthsEndCountsItsDaysInEachMonth() {
		List<VisitSpan> visits = List.of(principal(NOV.atDay(5), NOV.atDay(5)),
				other(DEPUTY, OCT.atDay(30), NOV.atDay(2)));

		MonthDuty october = this.rule.judge(OCT, visits);
		MonthDuty november = this.rule.judge(NOV, visits);

		assertThat(october.othersDays()).isEqualTo(2);
		assertThat(october.principalVisited()).isFalse();
		assertThat(october.met()).isFalse();
		assertThat(november.othersDays()).isEqualTo(2);
		assertThat(november.principalVisited()).isTrue();
		assertThat(november.met()).isTrue();
		assertThat(november.daysByLeader()).containsEntry(DEPUTY, 2).containsEntry(PRINCIPAL, 1);
	}

	@Test
	void aPrincipalsVisitAcrossTheMonthsEndCountsInBothMonths() {
		List<VisitSpan> visits = List.of(principal(OCT.atEndOfMonth(), NOV.atDay(1)));
		assertThat(this.rule.judge(OCT, visits).principalVisits()).isEqualTo(1);
		assertThat(this.rule.judge(NOV, visits).principalVisits()).isEqualTo(1);
		assertThat(this.rule.judge(DEC, visits).principalVisits()).isZero();
	}

	@Test
	void twoShortVisitsOfDifferentMembersAddUp() {
		List<VisitSpan> one = List.of(principal(NOV.atDay(3), NOV.atDay(3)), other(DEPUTY, NOV.atDay(10), NOV.atDay(10)));
		MonthDuty short1 = this.rule.judge(NOV, one);
		assertThat(short1.othersDays()).isEqualTo(1);
		assertThat(short1.othersShort()).isEqualTo(1);
		assertThat(short1.met()).isFalse();

		List<VisitSpan> two = List.of(one.get(0), one.get(1), other(SECRETARY, NOV.atDay(20), NOV.atDay(20)));
		MonthDuty met = this.rule.judge(NOV, two);
		assertThat(met.othersDays()).isEqualTo(2);
		assertThat(met.othersShort()).isZero();
		assertThat(met.met()).isTrue();
	}

	@Test
	void aMembersOverlappingVisitsCountEachDayOnce() {
		List<VisitSpan> visits = List.of(other(DEPUTY, NOV.atDay(10), NOV.atDay(11)),
				other(DEPUTY, NOV.atDay(11), NOV.atDay(11)));
		assertThat(this.rule.judge(NOV, visits).othersDays()).isEqualTo(2);
	}

	@Test
	void thePrincipalsVisitCountsForThePrincipalOnly() {
		List<VisitSpan> visits = List.of(principal(NOV.atDay(3), NOV.atDay(6)));
		MonthDuty duty = this.rule.judge(NOV, visits);
		assertThat(duty.principalVisited()).isTrue();
		assertThat(duty.othersDays()).isZero();
		assertThat(duty.othersMet()).isFalse();
		assertThat(duty.met()).isFalse();
		assertThat(duty.daysByLeader()).containsEntry(PRINCIPAL, 4);

		// Days of the other members never make up for the principal's visit.
		List<VisitSpan> withoutPrincipal = List.of(other(DEPUTY, NOV.atDay(3), NOV.atDay(12)));
		MonthDuty noPrincipal = this.rule.judge(NOV, withoutPrincipal);
		assertThat(noPrincipal.othersDays()).isEqualTo(10);
		assertThat(noPrincipal.principalVisited()).isFalse();
		assertThat(noPrincipal.met()).isFalse();
	}

	@Test
	void settingsChangedFromAMonthOnJudgeThatMonthAndLaterOnly() {
		DutyRule changed = new DutyRule(month -> month.isBefore(DEC) ? DEFAULTS : new DutyNumbers(2, 3));
		List<VisitSpan> visits = List.of(principal(NOV.atDay(3), NOV.atDay(3)), other(DEPUTY, NOV.atDay(10), NOV.atDay(11)),
				principal(DEC.atDay(3), DEC.atDay(3)), other(DEPUTY, DEC.atDay(10), DEC.atDay(11)));

		List<MonthDuty> judged = changed.judge(List.of(NOV, DEC), visits);

		assertThat(judged.get(0).required()).isEqualTo(DEFAULTS);
		assertThat(judged.get(0).met()).isTrue();
		assertThat(judged.get(1).required()).isEqualTo(new DutyNumbers(2, 3));
		assertThat(judged.get(1).principalVisited()).isFalse();
		assertThat(judged.get(1).othersMet()).isFalse();
		assertThat(judged.get(1).met()).isFalse();
	}

	@Test
	void aLeaderWhoStoppedBeingAMemberMidMonthKeepsTheDaysTheyWent() {
		// The deputy went on the 4th and 5th and left the leadership on the 15th; the secretary joined later.
		List<VisitSpan> visits = List.of(principal(NOV.atDay(2), NOV.atDay(2)), other(DEPUTY, NOV.atDay(4), NOV.atDay(5)));
		List<MonthDuty> judged = this.rule.judge(List.of(OCT, NOV), visits);
		assertThat(judged.get(1).othersDays()).isEqualTo(2);
		assertThat(judged.get(1).met()).isTrue();

		List<DutyRule.Member> members = List.of(member(PRINCIPAL, true, true), member(DEPUTY, false, false),
				member(SECRETARY, false, true), member(9L, false, false));
		List<DutyRule.RotationRow> rows = DutyRule.rotation(members, judged);

		assertThat(rows).extracting(r -> r.member().id()).containsExactly(PRINCIPAL, DEPUTY, SECRETARY);
		assertThat(rows.get(1).daysPerMonth()).containsExactly(0, 2);
		assertThat(rows.get(1).member().active()).isFalse();
	}

	@Test
	void theRotationPointsOutActiveMembersAbsentForThreeMonths() {
		YearMonth sep = YearMonth.of(2026, 9);
		List<VisitSpan> visits = List.of(other(DEPUTY, sep.atDay(10), sep.atDay(10)), other(SECRETARY, NOV.atDay(8), NOV.atDay(8)));
		List<MonthDuty> judged = this.rule.judge(List.of(YearMonth.of(2026, 8), sep, OCT, NOV), visits);
		List<DutyRule.RotationRow> rows = DutyRule.rotation(
				List.of(member(PRINCIPAL, true, true), member(DEPUTY, false, true), member(SECRETARY, false, true)), judged);
		assertThat(rows).extracting(DutyRule.RotationRow::notForThreeMonths).containsExactly(true, false, false);

		List<DutyRule.RotationRow> later = DutyRule.rotation(List.of(member(DEPUTY, false, true)),
				this.rule.judge(List.of(OCT, NOV, DEC), visits));
		assertThat(later.get(0).notForThreeMonths()).isTrue();
	}

	@Test
	void visitsOutsideTheMonthAndImpossibleVisitsAreNotCounted() {
		assertThat(this.rule.judge(DEC, List.of(other(DEPUTY, NOV.atDay(1), NOV.atDay(30)))).othersDays()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> other(DEPUTY, NOV.atDay(5), NOV.atDay(4)));
	}

	private static VisitSpan principal(LocalDate first, LocalDate last) {
		return new VisitSpan(PRINCIPAL, true, first, last);
	}

	private static VisitSpan other(long leader, LocalDate first, LocalDate last) {
		return new VisitSpan(leader, false, first, last);
	}

	private static DutyRule.Member member(long id, boolean principal, boolean active) {
		return new DutyRule.Member(id, "成员" + id, "副局长", principal, active);
	}
}
