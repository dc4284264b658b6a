package org.zhucun.workteams.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhucun.workteams.domain.ReductionRule.Span;

class ReductionRuleTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	private static final LocalDate LATER = LocalDate.of(2027, 3, 1);

	private final ReductionRule rule = new ReductionRule(3, 7);

	private static Span span(long id, String joined, String left) {
		return new Span(id, LocalDate.parse(joined), left == null ? null : LocalDate.parse(left));
	}

	@Test
	void stableTeamHasNoReduction() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null), span(3, "2025-01-01", null));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isEmpty();
	}

	@Test
	void departureWithoutReplacementIsAReduction() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-10"));
		var reduction = this.rule.evaluate(team, NOVEMBER, LATER).orElseThrow();
		assertThat(reduction.baseline()).isEqualTo(3);
		assertThat(reduction.countAfter()).isEqualTo(2);
		assertThat(reduction.departures()).extracting(Span::membershipId).containsExactly(3L);
	}

	@Test
	void replacementOnTheLastDayOfTheWindowIsInTime() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-10"), span(4, "2026-11-17", null));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isEmpty();
	}

	@Test
	void replacementOneDayAfterTheWindowIsTooLate() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-10"), span(4, "2026-11-18", null));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isPresent();
	}

	@Test
	void departureNotJudgedBeforeItsWindowHasPassed() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-25"));
		assertThat(this.rule.evaluate(team, NOVEMBER, LocalDate.of(2026, 11, 28))).isEmpty();
		assertThat(this.rule.evaluate(team, NOVEMBER, LocalDate.of(2026, 12, 2))).isPresent();
	}

	@Test
	void departureAtMonthEndWithReplacementEarlyNextMonth() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-30"), span(4, "2026-12-05", null));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isEmpty();
		// The departure belongs to November, not to December.
		assertThat(this.rule.evaluate(team, YearMonth.of(2026, 12), LATER)).isEmpty();
	}

	@Test
	void departureOnTheFirstOfTheMonthCountsForThatMonth() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-01"));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isPresent();
		assertThat(this.rule.evaluate(team, YearMonth.of(2026, 10), LATER)).isEmpty();
	}

	@Test
	void teamThatGrewAndShrankBackIsNotReduced() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null), span(3, "2025-01-01", null),
				span(4, "2026-11-03", "2026-11-20"));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isEmpty();
	}

	@Test
	void teamFormedDuringTheMonthFallingBelowTheMinimumIsReduced() {
		List<Span> team = List.of(span(1, "2026-11-05", null), span(2, "2026-11-05", null),
				span(3, "2026-11-05", "2026-11-12"));
		var reduction = this.rule.evaluate(team, NOVEMBER, LATER).orElseThrow();
		assertThat(reduction.baseline()).isZero();
		assertThat(reduction.countAfter()).isEqualTo(2);
	}

	@Test
	void largerTeamLosingOneMemberIsStillAReduction() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null), span(3, "2025-01-01", null),
				span(4, "2025-01-01", null), span(5, "2025-01-01", "2026-11-15"));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isPresent();
	}

	@Test
	void withdrawnTeamListsEveryDeparture() {
		List<Span> team = List.of(span(1, "2025-01-01", "2026-11-20"), span(2, "2025-01-01", "2026-11-20"),
				span(3, "2025-01-01", "2026-11-20"));
		var reduction = this.rule.evaluate(team, NOVEMBER, LATER).orElseThrow();
		assertThat(reduction.countAfter()).isZero();
		assertThat(reduction.departures()).hasSize(3);
	}

	@Test
	void noReplacementWindowCountsFromTheNextDay() {
		ReductionRule strict = new ReductionRule(3, 0);
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-11-10"), span(4, "2026-11-11", null));
		assertThat(strict.evaluate(team, NOVEMBER, LATER)).isEmpty();
	}

	@Test
	void headcountIncludesFirstAndLastDay() {
		List<Span> team = List.of(span(1, "2026-11-05", "2026-11-10"));
		assertThat(ReductionRule.headcount(team, LocalDate.of(2026, 11, 4))).isZero();
		assertThat(ReductionRule.headcount(team, LocalDate.of(2026, 11, 5))).isEqualTo(1);
		assertThat(ReductionRule.headcount(team, LocalDate.of(2026, 11, 10))).isEqualTo(1);
		assertThat(ReductionRule.headcount(team, LocalDate.of(2026, 11, 11))).isZero();
	}

	@Test
	void memberWhoJoinedOnTheFirstCountsInTheBaseline() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2026-11-01", "2026-11-20"));
		var reduction = this.rule.evaluate(team, NOVEMBER, LATER).orElseThrow();
		assertThat(reduction.baseline()).isEqualTo(3);
		assertThat(reduction.countAfter()).isEqualTo(2);
	}

	@Test
	void departureOnTheLastDayOfTheMonthBeforeIsNotInTheBaseline() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null),
				span(3, "2025-01-01", "2026-10-31"));
		assertThat(this.rule.evaluate(team, NOVEMBER, LATER)).isEmpty();
		assertThat(this.rule.evaluate(team, YearMonth.of(2026, 10), LATER)).hasValueSatisfying(r -> {
			assertThat(r.baseline()).isEqualTo(3);
			assertThat(r.countAfter()).isEqualTo(2);
		});
	}
}
