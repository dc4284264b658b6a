package org.zhucun.attendance.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhucun.attendance.DayStatus;

/** The five-days-four-nights rule over one ISO week (DOMAIN §4). */
class WeeklyRuleTest {

	/** Monday 2026-06-01 to Sunday 2026-06-07. */
	private static final IsoWeek WEEK = IsoWeek.of(LocalDate.of(2026, 6, 1));

	private static final LocalDate MON = WEEK.monday();

	private static final LocalDate TUE = MON.plusDays(1);

	private static final LocalDate WED = MON.plusDays(2);

	private static final LocalDate THU = MON.plusDays(3);

	private static final LocalDate FRI = MON.plusDays(4);

	private static final LocalDate SAT = MON.plusDays(5);

	private final Map<LocalDate, DayEntry> days = new HashMap<>();

	@Test
	void aFullWeekOfFiveDaysAndFourNightsComplies() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, true).village(FRI, false);
		this.days.put(SAT, DayEntry.of(DayStatus.REST));

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.days()).isEqualTo(5);
		assertThat(result.nights()).isEqualTo(4);
		assertThat(result.requiredDays()).isEqualTo(5);
		assertThat(result.requiredNights()).isEqualTo(4);
		assertThat(result.excused()).isZero();
		assertThat(result.memberDays()).isEqualTo(7);
		assertThat(result.complies()).isTrue();
		assertThat(result.daysShort()).isZero();
		assertThat(result.nightsShort()).isZero();
	}

	@Test
	void fiveDaysButThreeNightsFallsOneNightShort() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, false).village(FRI, false);

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.days()).isEqualTo(5);
		assertThat(result.nights()).isEqualTo(3);
		assertThat(result.complies()).isFalse();
		assertThat(result.daysShort()).isZero();
		assertThat(result.nightsShort()).isEqualTo(1);
	}

	@Test
	void leaveOnMondayAndTuesdayRequiresThreeDaysAndTwoNights() {
		this.days.put(MON, DayEntry.of(DayStatus.LEAVE));
		this.days.put(TUE, DayEntry.of(DayStatus.LEAVE));
		village(WED, true).village(THU, true).village(FRI, false);

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.excused()).isEqualTo(2);
		assertThat(result.requiredDays()).isEqualTo(3);
		assertThat(result.requiredNights()).isEqualTo(2);
		assertThat(result.complies()).isTrue();

		village(THU, false);
		WeekResult oneNightShort = judge(WeekRuleSettings.DEFAULTS);
		assertThat(oneNightShort.complies()).isFalse();
		assertThat(oneNightShort.nightsShort()).isEqualTo(1);
	}

	@Test
	void aHolidayWeekRequiresNothing() {
		for (LocalDate day = MON; !day.isAfter(WEEK.sunday()); day = day.plusDays(1)) {
			this.days.put(day, DayEntry.of(DayStatus.HOLIDAY));
		}

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.excused()).isEqualTo(5);
		assertThat(result.requiredDays()).isZero();
		assertThat(result.requiredNights()).isZero();
		assertThat(result.complies()).isTrue();
	}

	@Test
	void holidaysAtTheWeekendExcuseNothing() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, true);
		this.days.put(SAT, DayEntry.of(DayStatus.HOLIDAY));
		this.days.put(SAT.plusDays(1), DayEntry.of(DayStatus.LEAVE));

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.excused()).isZero();
		assertThat(result.requiredDays()).isEqualTo(5);
		assertThat(result.complies()).isFalse();
		assertThat(result.daysShort()).isEqualTo(1);
	}

	@Test
	void joiningOnAWednesdayRequiresThreeDaysAndTwoNights() {
		village(WED, true).village(THU, true).village(FRI, false);

		WeekResult result = WeeklyRule.judge(WEEK, this.days, WED, null, WeekRuleSettings.DEFAULTS);

		assertThat(result.memberDays()).isEqualTo(5);
		assertThat(result.requiredDays()).isEqualTo(3); // floor(5 × 5 / 7)
		assertThat(result.requiredNights()).isEqualTo(2); // floor(4 × 5 / 7)
		assertThat(result.complies()).isTrue();

		this.days.remove(FRI);
		assertThat(WeeklyRule.judge(WEEK, this.days, WED, null, WeekRuleSettings.DEFAULTS).daysShort()).isEqualTo(1);
	}

	@Test
	void leavingOnATuesdayRequiresOneDayAndOneNight() {
		village(MON, true);

		WeekResult result = WeeklyRule.judge(WEEK, this.days, LocalDate.of(2025, 1, 1), TUE,
				WeekRuleSettings.DEFAULTS);

		assertThat(result.memberDays()).isEqualTo(2);
		assertThat(result.requiredDays()).isEqualTo(1); // floor(5 × 2 / 7)
		assertThat(result.requiredNights()).isEqualTo(1); // floor(4 × 2 / 7)
		assertThat(result.complies()).isTrue();
	}

	@Test
	void missingDaysCountAsNotInTheVillage() {
		village(MON, true).village(TUE, true);

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.days()).isEqualTo(2);
		assertThat(result.daysShort()).isEqualTo(3);
		assertThat(result.nightsShort()).isEqualTo(2);
		assertThat(result.complies()).isFalse();
	}

	@Test
	void settingsChangedMidYearJudgeTheSameRecordsDifferently() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, false);
		WeekRuleSettings firstHalf = WeekRuleSettings.DEFAULTS;
		WeekRuleSettings secondHalf = new WeekRuleSettings(4, 3, true);

		WeekResult before = judge(firstHalf);
		WeekResult after = judge(secondHalf);

		assertThat(before.complies()).isFalse();
		assertThat(before.daysShort()).isEqualTo(1);
		assertThat(before.nightsShort()).isEqualTo(1);
		assertThat(after.requiredDays()).isEqualTo(4);
		assertThat(after.requiredNights()).isEqualTo(3);
		assertThat(after.complies()).isTrue();
	}

	@Test
	void officialBusinessCountsAsADayOnlyWhileTheSettingIsOn() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, true);
		this.days.put(FRI, DayEntry.of(DayStatus.OFFICIAL_BUSINESS));

		WeekResult on = judge(new WeekRuleSettings(5, 4, true));
		WeekResult off = judge(new WeekRuleSettings(5, 4, false));

		assertThat(on.days()).isEqualTo(5);
		assertThat(on.complies()).isTrue();
		assertThat(off.days()).isEqualTo(4);
		assertThat(off.complies()).isFalse();
		assertThat(off.daysShort()).isEqualTo(1);
	}

	@Test
	void absentDaysAreCountedAndNotDaysInTheVillage() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, true);
		this.days.put(FRI, DayEntry.of(DayStatus.ABSENT));

		WeekResult result = judge(WeekRuleSettings.DEFAULTS);

		assertThat(result.absentDays()).isEqualTo(1);
		assertThat(result.days()).isEqualTo(4);
		assertThat(result.complies()).isFalse();
	}

	@Test
	void recordsOutsideTheWeekAreIgnored() {
		village(MON.minusDays(1), true).village(WEEK.sunday().plusDays(1), true);

		assertThat(judge(WeekRuleSettings.DEFAULTS).days()).isZero();
	}

	@Test
	void aCadreWhoLeavesAndRejoinsIsJudgedOverTheUnionOfTheMembershipDays() {
		// a member but on Wednesday: six days owe floor(5×6/7)=4 days and floor(4×6/7)=3 nights
		village(MON, true).village(TUE, true).village(THU, true).village(FRI, false);
		this.days.put(WED, DayEntry.inVillage(true)); // a record of a day off the team does not count

		WeekResult result = WeeklyRule.judgeOver(WEEK, this.days, day -> !day.equals(WED), java.util.Set.of(),
				WeekRuleSettings.DEFAULTS);

		assertThat(result.memberDays()).isEqualTo(6);
		assertThat(result.days()).isEqualTo(4);
		assertThat(result.nights()).isEqualTo(3);
		assertThat(result.requiredDays()).isEqualTo(4);
		assertThat(result.requiredNights()).isEqualTo(3);
		assertThat(result.complies()).isTrue();
	}

	@Test
	void leaveOnAMakeUpSaturdayIsExcusedAsOnAWorkingDay() {
		village(MON, true).village(TUE, true).village(WED, true).village(THU, false);
		this.days.put(SAT, DayEntry.of(DayStatus.LEAVE));

		WeekResult ordinary = judge(WeekRuleSettings.DEFAULTS);
		WeekResult makeUp = WeeklyRule.judgeOver(WEEK, this.days, day -> true, java.util.Set.of(SAT),
				WeekRuleSettings.DEFAULTS);

		assertThat(ordinary.excused()).isZero();
		assertThat(ordinary.complies()).isFalse();
		assertThat(makeUp.excused()).isEqualTo(1);
		assertThat(makeUp.requiredDays()).isEqualTo(4);
		assertThat(makeUp.requiredNights()).isEqualTo(3);
		assertThat(makeUp.complies()).isTrue();
	}

	private WeeklyRuleTest village(LocalDate day, boolean overnight) {
		this.days.put(day, DayEntry.inVillage(overnight));
		return this;
	}

	private WeekResult judge(WeekRuleSettings settings) {
		return WeeklyRule.judge(WEEK, this.days, null, null, settings);
	}
}
