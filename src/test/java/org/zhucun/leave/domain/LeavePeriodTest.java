package org.zhucun.leave.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.leave.domain.Refusals.assertRefused;
import static org.zhucun.leave.domain.Refusals.assertRefusedBeside;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class LeavePeriodTest {

	private static LeavePeriod period(String first, String last) {
		return new LeavePeriod(LocalDate.parse(first), LocalDate.parse(last));
	}

	@Test
	void daysAreCalendarDaysBothEndsIncluded() {
		assertThat(period("2026-03-10", "2026-03-10").days()).isEqualTo(1);
		// Friday to the next Monday: the weekend counts.
		assertThat(period("2026-03-13", "2026-03-16").days()).isEqualTo(4);
	}

	@Test
	void daysAcrossAMonthBoundary() {
		LeavePeriod period = period("2026-01-30", "2026-02-02");
		assertThat(period.days()).isEqualTo(4);
		assertThat(period.daysIn(YearMonth.of(2026, 1))).isEqualTo(2);
		assertThat(period.daysIn(YearMonth.of(2026, 2))).isEqualTo(2);
		assertThat(period.daysIn(YearMonth.of(2026, 3))).isZero();
		assertThat(period.daysIn(Year.of(2026))).isEqualTo(4);
	}

	@Test
	void daysAcrossAYearBoundary() {
		LeavePeriod period = period("2025-12-30", "2026-01-02");
		assertThat(period.days()).isEqualTo(4);
		assertThat(period.daysIn(Year.of(2025))).isEqualTo(2);
		assertThat(period.daysIn(Year.of(2026))).isEqualTo(2);
		assertThat(period.daysIn(Year.of(2024))).isZero();
		assertThat(period.daysIn(YearMonth.of(2025, 12))).isEqualTo(2);
		assertThat(period.daysIn(YearMonth.of(2026, 1))).isEqualTo(2);
	}

	@Test
	void leapDayCounts() {
		assertThat(period("2028-02-27", "2028-03-01").days()).isEqualTo(4);
		assertThat(period("2028-02-27", "2028-03-01").daysIn(YearMonth.of(2028, 2))).isEqualTo(3);
	}

	@Test
	void lastDayBeforeFirstIsRefused() {
		assertRefusedBeside(() -> period("2026-03-10", "2026-03-09"), "lastDay", "leave.error.last-before-first");
	}

	@Test
	void overlapsWhenSharingAtLeastOneDay() {
		LeavePeriod period = period("2026-03-10", "2026-03-12");
		assertThat(period.overlaps(period("2026-03-12", "2026-03-15"))).isTrue();
		assertThat(period.overlaps(period("2026-03-08", "2026-03-10"))).isTrue();
		assertThat(period.overlaps(period("2026-03-11", "2026-03-11"))).isTrue();
		assertThat(period.overlaps(period("2026-03-01", "2026-03-31"))).isTrue();
		assertThat(period.overlaps(period("2026-03-13", "2026-03-15"))).isFalse();
		assertThat(period.overlaps(period("2026-03-01", "2026-03-09"))).isFalse();
	}

	@Test
	void earlyReturnFreesTheRemainingDays() {
		EarlyReturn split = period("2026-03-10", "2026-03-16").withEarlyReturn(LocalDate.parse("2026-03-13"));
		assertThat(split.taken()).contains(period("2026-03-10", "2026-03-12"));
		assertThat(split.freed()).contains(period("2026-03-13", "2026-03-16"));
		assertThat(split.daysTaken()).isEqualTo(3);
		assertThat(split.daysFreed()).isEqualTo(4);
	}

	@Test
	void returningOnTheFirstDayTakesNoDay() {
		EarlyReturn split = period("2026-03-10", "2026-03-12").withEarlyReturn(LocalDate.parse("2026-03-10"));
		assertThat(split.taken()).isEmpty();
		assertThat(split.daysTaken()).isZero();
		assertThat(split.daysFreed()).isEqualTo(3);
	}

	@Test
	void returningTheDayAfterTheLastDayFreesNothing() {
		EarlyReturn split = period("2026-03-10", "2026-03-12").withEarlyReturn(LocalDate.parse("2026-03-13"));
		assertThat(split.taken()).contains(period("2026-03-10", "2026-03-12"));
		assertThat(split.freed()).isEmpty();
		assertThat(split.daysFreed()).isZero();
	}

	@Test
	void returnOutsideThePeriodIsRefused() {
		LeavePeriod period = period("2026-03-10", "2026-03-12");
		assertRefused(() -> period.withEarlyReturn(LocalDate.parse("2026-03-09")), "leave.error.return-before-start");
		assertRefused(() -> period.withEarlyReturn(LocalDate.parse("2026-03-14")), "leave.error.return-after-end");
	}
}
