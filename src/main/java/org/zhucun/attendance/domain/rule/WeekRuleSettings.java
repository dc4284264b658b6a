package org.zhucun.attendance.domain.rule;

/**
 * The numbers of the weekly rule in force in a week (DOMAIN §4): settings attendance.week-days,
 * attendance.week-nights and attendance.official-business-counts.
 *
 * @param weekDays days in the village a full week requires (default 5)
 * @param weekNights nights in the village a full week requires (default 4)
 * @param officialBusinessCounts whether an official business day counts as a day in the village (default on)
 */
public record WeekRuleSettings(int weekDays, int weekNights, boolean officialBusinessCounts) {

	/** The defaults of DOMAIN §4: five days, four nights, official business counts. */
	public static final WeekRuleSettings DEFAULTS = new WeekRuleSettings(5, 4, true);

	public WeekRuleSettings {
		if (weekDays < 0 || weekDays > 7) {
			throw new IllegalArgumentException("weekDays must be between 0 and 7: " + weekDays);
		}
		if (weekNights < 0 || weekNights > 7) {
			throw new IllegalArgumentException("weekNights must be between 0 and 7: " + weekNights);
		}
	}
}
