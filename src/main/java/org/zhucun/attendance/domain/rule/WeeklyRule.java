package org.zhucun.attendance.domain.rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

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
		return judge(week, tally(week, days, memberFrom, memberTo), settings);
	}

	/**
	 * Judges a week over the days on which the cadre was a member, which need not be one stretch: a cadre who leaves
	 * a team and joins it again within the week is judged once, over the union of the memberships' days. Make-up
	 * working days (调休上班) on a Saturday or Sunday count as working days, so leave on one is excused.
	 * @param week the ISO week to judge
	 * @param days the cadre's day records by date; dates outside the week are ignored
	 * @param member whether the cadre was a member on a date
	 * @param makeUpWorkdays the week's make-up working days
	 * @param settings the settings in force in that week
	 * @return the days and nights counted and required, and whether the week complies
	 */
	public static WeekResult judgeOver(IsoWeek week, Map<LocalDate, DayEntry> days, Predicate<LocalDate> member,
			Set<LocalDate> makeUpWorkdays, WeekRuleSettings settings) {
		return judge(week, tallyOver(week, days, member, makeUpWorkdays), settings);
	}

	/**
	 * Judges a week from its totals: requiredDays = max(0, weekDays - excused) and requiredNights = max(0,
	 * weekNights - excused), each prorated to floor(required × memberDays / 7) for a partial week; days are the days
	 * in the village plus official business days while the setting counts them; nights the days in the village with
	 * a night. The week complies when both reach what is required.
	 * @param week the ISO week to judge
	 * @param tally the week's totals
	 * @param settings the settings in force in that week
	 * @return the days and nights counted and required, and whether the week complies
	 */
	public static WeekResult judge(IsoWeek week, WeekTally tally, WeekRuleSettings settings) {
		Objects.requireNonNull(week, "week");
		Objects.requireNonNull(tally, "tally");
		Objects.requireNonNull(settings, "settings");
		int counted = tally.inVillage() + (settings.officialBusinessCounts() ? tally.officialBusiness() : 0);
		int requiredDays = prorate(Math.max(0, settings.weekDays() - tally.excused()), tally.memberDays());
		int requiredNights = prorate(Math.max(0, settings.weekNights() - tally.excused()), tally.memberDays());
		boolean complies = counted >= requiredDays && tally.overnights() >= requiredNights;
		return new WeekResult(week, counted, tally.overnights(), requiredDays, requiredNights, tally.excused(),
				tally.memberDays(), tally.absent(), complies);
	}

	/**
	 * Totals a week's day records over the days on which the cadre was a member; a day without a record counts as
	 * not in the village.
	 * @param week the ISO week
	 * @param days the cadre's day records by date; dates outside the week are ignored
	 * @param memberFrom the first day of membership, inclusive; {@code null} when it began before the week
	 * @param memberTo the last day of membership, inclusive; {@code null} while the membership is open
	 * @return the week's totals
	 */
	public static WeekTally tally(IsoWeek week, Map<LocalDate, DayEntry> days, LocalDate memberFrom,
			LocalDate memberTo) {
		return tallyOver(week, days, date -> isMember(date, memberFrom, memberTo), Set.of());
	}

	/**
	 * Totals a week's day records over the days on which the cadre was a member; a day without a record counts as
	 * not in the village; leave and holidays are excused from Monday to Friday and on make-up working days.
	 * @param week the ISO week
	 * @param days the cadre's day records by date; dates outside the week are ignored
	 * @param member whether the cadre was a member on a date
	 * @param makeUpWorkdays the Saturdays and Sundays that are working days (调休上班)
	 * @return the week's totals
	 */
	public static WeekTally tallyOver(IsoWeek week, Map<LocalDate, DayEntry> days, Predicate<LocalDate> member,
			Set<LocalDate> makeUpWorkdays) {
		Objects.requireNonNull(week, "week");
		Objects.requireNonNull(days, "days");
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
		int memberDays = 0;
		int inVillage = 0;
		int overnights = 0;
		int officialBusiness = 0;
		int excused = 0;
		int absent = 0;
		for (LocalDate date : week.days()) {
			if (!member.test(date)) {
				continue;
			}
			memberDays++;
			DayEntry entry = days.get(date);
			if (entry == null) {
				continue;
			}
			switch (entry.status()) {
				case IN_VILLAGE -> {
					inVillage++;
					if (entry.overnight()) {
						overnights++;
					}
				}
				case OFFICIAL_BUSINESS -> officialBusiness++;
				case LEAVE, HOLIDAY -> excused += isWorkday(date) || makeUpWorkdays.contains(date) ? 1 : 0;
				case ABSENT -> absent++;
				case REST -> {
					// a day off counts for nothing
				}
			}
		}
		return new WeekTally(memberDays, inVillage, overnights, officialBusiness, excused, absent);
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
