package org.zhucun.attendance.domain.rule;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The flags of a cadre's month, worked out over the weeks that belong to it (DOMAIN §4), with the totals behind them.
 *
 * @param days the sum of the weeks' days in the village
 * @param requiredDays the sum of the weeks' required days
 * @param commutingWeeks weeks that met the days but fell short of the nights by {@value #COMMUTING_NIGHTS_SHORT} or more
 * @param absentDays the sum of the weeks' absent days
 * @param discrepancies spot checks that found the cadre absent on a day declared in the village
 * @param flags the flags raised
 */
public record MonthFlags(int days, int requiredDays, int commutingWeeks, int absentDays, int discrepancies,
		Set<MonthFlag> flags) {

	/** Nights short in a week, days met, for the week to count towards {@link MonthFlag#COMMUTING}. */
	public static final int COMMUTING_NIGHTS_SHORT = 2;

	/** Such weeks in a month that raise {@link MonthFlag#COMMUTING}. */
	public static final int COMMUTING_WEEKS = 2;

	public MonthFlags {
		Set<MonthFlag> copy = EnumSet.noneOf(MonthFlag.class);
		copy.addAll(flags);
		flags = Collections.unmodifiableSet(copy);
	}

	/**
	 * Works out the flags: NOMINAL when the sum of days is strictly below half the sum of required days; COMMUTING
	 * when two or more weeks met their days but fell short of their nights by 2 or more; ABSENT when there is any
	 * absent day or any discrepancy.
	 * @param weeksOfTheMonth the results of the weeks that belong to the month (see {@link IsoWeek#month()})
	 * @param discrepancies spot checks in the month that found the cadre absent on a day declared in the village
	 * @return the flags of the month
	 */
	public static MonthFlags of(List<WeekResult> weeksOfTheMonth, int discrepancies) {
		return of(weeksOfTheMonth, discrepancies, 0);
	}

	/**
	 * Works out the flags as {@link #of(List, int)} does, with the absent days of the week under way, which raise
	 * ABSENT at once although that week is not judged before it ends (DOMAIN §4).
	 * @param weeksOfTheMonth the results of the weeks that belong to the month and have ended
	 * @param discrepancies spot checks in the month that found the cadre absent on a day declared in the village
	 * @param openWeekAbsentDays days recorded absent in the week under way
	 * @return the flags of the month
	 */
	public static MonthFlags of(List<WeekResult> weeksOfTheMonth, int discrepancies, int openWeekAbsentDays) {
		if (openWeekAbsentDays < 0) {
			throw new IllegalArgumentException("openWeekAbsentDays cannot be negative: " + openWeekAbsentDays);
		}
		Objects.requireNonNull(weeksOfTheMonth, "weeksOfTheMonth");
		if (discrepancies < 0) {
			throw new IllegalArgumentException("discrepancies cannot be negative: " + discrepancies);
		}
		int days = 0;
		int requiredDays = 0;
		int commutingWeeks = 0;
		int absentDays = openWeekAbsentDays;
		for (WeekResult week : weeksOfTheMonth) {
			days += week.days();
			requiredDays += week.requiredDays();
			absentDays += week.absentDays();
			if (week.daysMet() && week.nightsShort() >= COMMUTING_NIGHTS_SHORT) {
				commutingWeeks++;
			}
		}
		Set<MonthFlag> flags = EnumSet.noneOf(MonthFlag.class);
		// strictly below half, kept in whole numbers: days < requiredDays / 2
		if (2 * days < requiredDays) {
			flags.add(MonthFlag.NOMINAL);
		}
		if (commutingWeeks >= COMMUTING_WEEKS) {
			flags.add(MonthFlag.COMMUTING);
		}
		if (absentDays > 0 || discrepancies > 0) {
			flags.add(MonthFlag.ABSENT);
		}
		return new MonthFlags(days, requiredDays, commutingWeeks, absentDays, discrepancies, flags);
	}

	/** @return whether the flag was raised */
	public boolean has(MonthFlag flag) {
		return this.flags.contains(flag);
	}
}
