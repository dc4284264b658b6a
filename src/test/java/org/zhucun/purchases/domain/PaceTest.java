package org.zhucun.purchases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Progress against the reserved share and the pace: the share of the target reached vs the share of the year gone. */
class PaceTest {

	@Test
	void progressIsCountedOverTarget() {
		assertThat(Pace.progress(new BigDecimal("70000.00"), new BigDecimal("100000.00"), false))
			.isEqualByComparingTo("0.7000");
		assertThat(Pace.progress(new BigDecimal("150.00"), new BigDecimal("100.00"), false)).isEqualByComparingTo("1.5");
		assertThat(Pace.progress(new BigDecimal("1.00"), new BigDecimal("3.00"), false)).isEqualTo(new BigDecimal("0.3333"));
		assertThat(Pace.progress(new BigDecimal("70000.00"), null, false)).isNull();
		assertThat(Pace.progress(new BigDecimal("70000.00"), new BigDecimal("100000.00"), true)).isNull();
	}

	@Test
	void theYearGoneCountsTheDayJudged() {
		assertThat(Pace.yearGone(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("1");
		assertThat(Pace.yearGone(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("0.0027");
		// 2026-11-28 is day 332 of 365.
		assertThat(Pace.yearGone(LocalDate.of(2026, 11, 28))).isEqualByComparingTo("0.9096");
		// A leap year has 366 days: 29 February 2028 is day 60.
		assertThat(Pace.yearGone(LocalDate.of(2028, 2, 29))).isEqualByComparingTo("0.1639");
	}

	@Test
	void behindWhenTheShareReachedIsBelowTheShareOfTheYearGone() {
		LocalDate day = LocalDate.of(2026, 7, 2); // day 183 of 365: 0.5014
		assertThat(Pace.behind(new BigDecimal("0.5013"), day)).isTrue();
		assertThat(Pace.behind(new BigDecimal("0.5014"), day)).isFalse();
		assertThat(Pace.behind(new BigDecimal("0.9"), day)).isFalse();
		assertThat(Pace.behind(null, day)).as("no target, never behind").isFalse();
		assertThat(Pace.dueBy(new BigDecimal("36500.00"), false, day)).isEqualByComparingTo("18300.00");
		assertThat(Pace.dueBy(new BigDecimal("36500.00"), true, day)).isNull();
	}

	@Test
	void aMonthIsJudgedOnItsLastDayOrTodayWhileItRuns() {
		LocalDate today = LocalDate.of(2026, 11, 28);
		assertThat(Pace.judgedOn(YearMonth.of(2026, 11), today)).isEqualTo(today);
		assertThat(Pace.judgedOn(YearMonth.of(2026, 10), today)).isEqualTo(LocalDate.of(2026, 10, 31));
	}
}
