package org.zhucun.attendance.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The month's flags, each at its threshold and one short of it (DOMAIN §4). */
class MonthFlagsTest {

	private static final List<IsoWeek> JUNE = IsoWeek.weeksOf(YearMonth.of(2026, 6));

	@Test
	void aMonthOfCompliantWeeksHasNoFlags() {
		MonthFlags flags = MonthFlags.of(weeks(met(), met(), met(), met()), 0);

		assertThat(flags.flags()).isEmpty();
		assertThat(flags.days()).isEqualTo(20);
		assertThat(flags.requiredDays()).isEqualTo(20);
	}

	@Test
	void exactlyHalfTheRequiredDaysIsNotNominal() {
		MonthFlags flags = MonthFlags.of(weeks(week(5, 0, 5, 4), week(0, 0, 5, 4)), 0);

		assertThat(flags.days()).isEqualTo(5);
		assertThat(flags.requiredDays()).isEqualTo(10);
		assertThat(flags.has(MonthFlag.NOMINAL)).isFalse();
	}

	@Test
	void oneDayBelowHalfTheRequiredDaysIsNominal() {
		MonthFlags flags = MonthFlags.of(weeks(week(4, 0, 5, 4), week(0, 0, 5, 4)), 0);

		assertThat(flags.days()).isEqualTo(4);
		assertThat(flags.has(MonthFlag.NOMINAL)).isTrue();
	}

	@Test
	void halfOfAnOddNumberOfRequiredDaysIsComparedExactly() {
		assertThat(MonthFlags.of(weeks(week(3, 0, 5, 4)), 0).has(MonthFlag.NOMINAL)).isFalse();
		assertThat(MonthFlags.of(weeks(week(2, 0, 5, 4)), 0).has(MonthFlag.NOMINAL)).isTrue();
	}

	@Test
	void aMonthWithNothingRequiredIsNotNominal() {
		assertThat(MonthFlags.of(weeks(week(0, 0, 0, 0)), 0).has(MonthFlag.NOMINAL)).isFalse();
	}

	@Test
	void oneWeekOfDaysWithoutNightsIsNotCommuting() {
		MonthFlags flags = MonthFlags.of(weeks(week(5, 2, 5, 4), met(), met(), met()), 0);

		assertThat(flags.commutingWeeks()).isEqualTo(1);
		assertThat(flags.has(MonthFlag.COMMUTING)).isFalse();
	}

	@Test
	void twoWeeksOfDaysMetButTwoNightsShortAreCommuting() {
		MonthFlags flags = MonthFlags.of(weeks(week(5, 2, 5, 4), week(5, 1, 5, 4), met(), met()), 0);

		assertThat(flags.commutingWeeks()).isEqualTo(2);
		assertThat(flags.has(MonthFlag.COMMUTING)).isTrue();
	}

	@Test
	void weeksOnlyOneNightShortDoNotCount() {
		MonthFlags flags = MonthFlags.of(weeks(week(5, 3, 5, 4), week(5, 3, 5, 4), met(), met()), 0);

		assertThat(flags.commutingWeeks()).isZero();
		assertThat(flags.has(MonthFlag.COMMUTING)).isFalse();
	}

	@Test
	void weeksThatMissedTheDaysDoNotCountAsCommuting() {
		MonthFlags flags = MonthFlags.of(weeks(week(4, 0, 5, 4), week(4, 0, 5, 4), met(), met()), 0);

		assertThat(flags.commutingWeeks()).isZero();
		assertThat(flags.has(MonthFlag.COMMUTING)).isFalse();
	}

	@Test
	void anAbsentDayFlagsTheMonth() {
		List<WeekResult> weeks = weeks(met(), met(), met(), met());
		WeekResult first = weeks.get(0);
		weeks.set(0, new WeekResult(first.week(), 5, 4, 5, 4, 0, 7, 1, true));

		assertThat(MonthFlags.of(weeks(met(), met(), met(), met()), 0).has(MonthFlag.ABSENT)).isFalse();
		MonthFlags flags = MonthFlags.of(weeks, 0);
		assertThat(flags.absentDays()).isEqualTo(1);
		assertThat(flags.has(MonthFlag.ABSENT)).isTrue();
	}

	@Test
	void anAbsentDayOfTheWeekUnderWayFlagsTheMonthAtOnce() {
		MonthFlags flags = MonthFlags.of(weeks(met(), met(), met()), 0, 1);

		assertThat(flags.absentDays()).isEqualTo(1);
		assertThat(flags.flags()).containsExactly(MonthFlag.ABSENT);
		assertThat(MonthFlags.of(weeks(met(), met(), met()), 0, 0).flags()).isEmpty();
	}

	@Test
	void aDiscrepancyFlagsTheMonth() {
		MonthFlags flags = MonthFlags.of(weeks(met(), met(), met(), met()), 1);

		assertThat(flags.flags()).containsExactly(MonthFlag.ABSENT);
	}

	@Test
	void theFlagsComeFromJudgedWeeks() {
		List<WeekResult> results = new ArrayList<>();
		for (IsoWeek isoWeek : JUNE) {
			Map<LocalDate, DayEntry> days = new HashMap<>();
			isoWeek.days().subList(0, 5).forEach((day) -> days.put(day, DayEntry.inVillage(false)));
			days.put(isoWeek.monday(), DayEntry.inVillage(true));
			days.put(isoWeek.monday().plusDays(1), DayEntry.inVillage(true));
			results.add(WeeklyRule.judge(isoWeek, days, null, null, WeekRuleSettings.DEFAULTS));
		}

		MonthFlags flags = MonthFlags.of(results, 0);

		assertThat(flags.commutingWeeks()).isEqualTo(4);
		assertThat(flags.flags()).containsExactly(MonthFlag.COMMUTING);
	}

	private static WeekResult met() {
		return week(5, 4, 5, 4);
	}

	private static WeekResult week(int days, int nights, int requiredDays, int requiredNights) {
		return new WeekResult(JUNE.get(0), days, nights, requiredDays, requiredNights, 5 - requiredDays, 7, 0,
				days >= requiredDays && nights >= requiredNights);
	}

	private static List<WeekResult> weeks(WeekResult... results) {
		List<WeekResult> weeks = new ArrayList<>();
		for (int i = 0; i < results.length; i++) {
			WeekResult r = results[i];
			weeks.add(new WeekResult(JUNE.get(i), r.days(), r.nights(), r.requiredDays(), r.requiredNights(),
					r.excused(), r.memberDays(), r.absentDays(), r.complies()));
		}
		return weeks;
	}
}
