package org.zhucun.attendance.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** ISO weeks, Monday to Sunday, and the month that holds their Thursday. */
class IsoWeekTest {

	@Test
	void theWeekFromTheTwentyEighthOfDecember2020BelongsToDecember2020() {
		IsoWeek week = IsoWeek.of(LocalDate.of(2021, 1, 3));

		assertThat(week.monday()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThat(week.sunday()).isEqualTo(LocalDate.of(2021, 1, 3));
		assertThat(week.month()).isEqualTo(YearMonth.of(2020, 12));
		assertThat(week).hasToString("2020-W53");
		assertThat(IsoWeek.weeksOf(YearMonth.of(2020, 12))).last().isEqualTo(week);
		assertThat(IsoWeek.weeksOf(YearMonth.of(2021, 1))).doesNotContain(week)
			.first()
			.isEqualTo(IsoWeek.of(LocalDate.of(2021, 1, 4)));
	}

	@Test
	void aWeekIsWrittenAsItsWeekBasedYearAndTwoDigitNumberAndParsedBack() {
		for (LocalDate monday = LocalDate.of(2000, 1, 3); monday.getYear() < 2060; monday = monday.plusWeeks(1)) {
			IsoWeek week = IsoWeek.of(monday);
			String text = week.toString();
			assertThat(text).isEqualTo(String.format("%d-W%02d", week.weekBasedYear(), week.weekNumber()));
			assertThat(IsoWeek.parse(text)).contains(week);
		}
		assertThat(IsoWeek.of(LocalDate.of(2026, 3, 2))).hasToString("2026-W10");
		assertThat(IsoWeek.of(LocalDate.of(2026, 2, 23))).hasToString("2026-W09");
	}

	@Test
	void theWeekFromTheTwentyNinthOfJune2026BelongsToJuly2026() {
		IsoWeek week = IsoWeek.of(LocalDate.of(2026, 6, 29));

		assertThat(IsoWeek.of(LocalDate.of(2026, 7, 5))).isEqualTo(week);
		assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 7, 5));
		assertThat(week.month()).isEqualTo(YearMonth.of(2026, 7));
		assertThat(IsoWeek.weeksOf(YearMonth.of(2026, 7))).first().isEqualTo(week);
		assertThat(IsoWeek.weeksOf(YearMonth.of(2026, 6))).doesNotContain(week);
	}

	@Test
	void theWeeksOfAMonthAreThoseWhoseThursdayLiesInIt() {
		assertThat(IsoWeek.weeksOf(YearMonth.of(2026, 6))).extracting(IsoWeek::monday)
			.containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15),
					LocalDate.of(2026, 6, 22));
		assertThat(IsoWeek.weeksOf(YearMonth.of(2026, 7))).hasSize(5);
		assertThat(IsoWeek.weeksOf(YearMonth.of(2020, 12))).first()
			.isEqualTo(IsoWeek.of(LocalDate.of(2020, 11, 30)));
	}

	@Test
	void everyWeekCountsInExactlyOneMonth() {
		int weeks = 0;
		for (int month = 1; month <= 12; month++) {
			weeks += IsoWeek.weeksOf(YearMonth.of(2020, month)).size();
		}
		assertThat(weeks).isEqualTo(53);
	}

	@Test
	void aWeekStartsOnAMonday() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IsoWeek(LocalDate.of(2026, 7, 1)));
		assertThat(IsoWeek.of(LocalDate.of(2026, 7, 1)).days()).hasSize(7)
			.startsWith(LocalDate.of(2026, 6, 29))
			.endsWith(LocalDate.of(2026, 7, 5));
	}
}
