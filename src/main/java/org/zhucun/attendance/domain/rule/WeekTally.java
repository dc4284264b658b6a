package org.zhucun.attendance.domain.rule;

/**
 * What the weekly rule counts of one cadre's week, already totalled (by SQL for many cadres at once, or by
 * {@link WeeklyRule#tally} from the day records): only days on which the cadre was a member are counted, and a
 * statutory holiday without a record counts as a holiday.
 *
 * @param memberDays days of the week on which the cadre was a member, 0 to 7
 * @param inVillage days recorded in the village
 * @param overnights of those, the days with a night in the village
 * @param officialBusiness days recorded as official business
 * @param excused leave and holiday days from Monday to Friday
 * @param absent days recorded absent without approval
 */
public record WeekTally(int memberDays, int inVillage, int overnights, int officialBusiness, int excused, int absent) {

	public WeekTally {
		if (memberDays < 0 || memberDays > 7) {
			throw new IllegalArgumentException("memberDays must be between 0 and 7: " + memberDays);
		}
		if (inVillage < 0 || overnights < 0 || officialBusiness < 0 || excused < 0 || absent < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
		if (overnights > inVillage) {
			throw new IllegalArgumentException("more nights than days in the village: " + overnights);
		}
		if (inVillage + officialBusiness + excused + absent > memberDays) {
			throw new IllegalArgumentException("more days counted than member days: " + memberDays);
		}
	}
}
