package org.zhucun.attendance.domain.rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.zhucun.attendance.DayStatus;

/**
 * The five-days-four-nights rule (五天四夜) of DOMAIN §4, judging one cadre's ISO week from its day records and the
 * settings in force in that week.
 */
public final class WeeklyRule {

	private static final int DAYS_IN_WEEK = 7;

	private WeeklyRule() {
	}

	/**
	 * Judges a week. Only the days of the week on which the cadre was a member are looked at; a day without a record
	 * counts as not in the village. Excused days are the leave and holiday days from Monday to Friday, so
	 * requiredDays = max(0, weekDays - excused) and requiredNights = max(0, weekNights - excused); a member for only
	 * d of the 7 days owes floor(required × d / 7) of each.
	 * @param week the ISO week to judge
	 * @param days the cadre's day records by date; dates outside the week are ignored
	 * @param memberFrom the first day of membership, inclusive; {@code null} when it began before the week
	 * @param memberTo the last day of membership, inclusive; {@code null} while the membership is open
	 * @param settings the settings in force in that week
	 * @return the days and nights counted and required, and whether the week complies
	 */
	public static WeekResult judge(IsoWeek week, Map<LocalDate, DayEntry> days, LocalDate memberFrom,
			LocalDate memberTo, WeekRuleSettings settings) {
		Objects.requireNonNull(week, "week");
		Objects.requireNonNull(days, "days");
		Objects.requireNonNull(settings, "settings");
		int memberDays = 0;
		int excused = 0;
		int counted = 0;
		int nights = 0;
		int absent = 0;
		for (LocalDate date : week.days()) {
			if (!isMember(date, memberFrom, memberTo)) {
				continue;
			}
			memberDays++;
			DayEntry entry = days.get(date);
			if (entry == null) {
				continue;
			}
			DayStatus status = entry.status();
			if (status == DayStatus.IN_VILLAGE) {
				counted++;
				if (entry.overnight()) {
					nights++;
				}
			}
			else if (status == DayStatus.OFFICIAL_BUSINESS && settings.officialBusinessCounts()) {
				counted++;
			}
			else if ((status == DayStatus.LEAVE || status == DayStatus.HOLIDAY) && isWorkday(date)) {
				excused++;
			}
			else if (status == DayStatus.ABSENT) {
				absent++;
			}
		}
		int requiredDays = prorate(Math.max(0, settings.weekDays() - excused), memberDays);
		int requiredNights = prorate(Math.max(0, settings.weekNights() - excused), memberDays);
		boolean complies = counted >= requiredDays && nights >= requiredNights;
		return new WeekResult(week, counted, nights, requiredDays, requiredNights, excused, memberDays, absent,
				complies);
	}

	private static boolean isMember(LocalDate date, LocalDate from, LocalDate to) {
		return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

	private static boolean isWorkday(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static int prorate(int required, int memberDays) {
		return Math.floorDiv(required * memberDays, DAYS_IN_WEEK);
	}
}
