package org.zhucun.attendance.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** ISO weeks as the week pages write them: parsing, Monday to Sunday, neighbours across the turn of a year. */
class IsoWeekParseTest {

	@Test
	void aWeekRunsFromMondayToSunday() {
		IsoWeek week = IsoWeek.parse("2026-W48").orElseThrow();

		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(week.days()).hasSize(7).startsWith(week.monday()).endsWith(week.sunday());
		assertThat(IsoWeek.of(LocalDate.of(2026, 11, 28))).isEqualTo(week);
		assertThat(week.toString()).isEqualTo("2026-W48");
	}

	@Test
	void neighboursCrossTheTurnOfTheYear() {
		IsoWeek week = IsoWeek.of(LocalDate.of(2021, 1, 3));

		assertThat(week.toString()).isEqualTo("2020-W53");
		assertThat(week.monday()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThat(week.next().toString()).isEqualTo("2021-W01");
		assertThat(IsoWeek.parse("2021-W01").orElseThrow().previous()).isEqualTo(week);
	}

	@Test
	void malformedOrNonexistentWeeksAreNotParsed() {
		assertThat(IsoWeek.parse("2025-W53")).isEmpty();
		assertThat(IsoWeek.parse("2026-W53")).isPresent();
		assertThat(IsoWeek.parse("2020-W53")).isPresent();
		assertThat(IsoWeek.parse("2026-W00")).isEmpty();
		assertThat(IsoWeek.parse("2026-48")).isEmpty();
		assertThat(IsoWeek.parse("1999-W10")).isEmpty();
		assertThat(IsoWeek.parse(null)).isEmpty();
	}
}
