package org.zhucun.attendance.domain.rule;

import java.util.Objects;

/**
 * The outcome of the weekly rule for one cadre and one ISO week: what was counted, what was required, whether the
 * week complies and, when it does not, by how many days and nights it fell short (DOMAIN §4).
 *
 * @param week the ISO week judged
 * @param days days in the village counted (official business included while the setting is on)
 * @param nights nights in the village counted
 * @param requiredDays days required, after excused days and a partial membership
 * @param requiredNights nights required, after excused days and a partial membership
 * @param excused leave and holiday days from Monday to Friday
 * @param memberDays days of the week on which the cadre was a member, 0 to 7
 * @param absentDays days recorded as absent without approval
 * @param complies whether days and nights both reached what was required
 */
public record WeekResult(IsoWeek week, int days, int nights, int requiredDays, int requiredNights, int excused,
		int memberDays, int absentDays, boolean complies) {

	public WeekResult {
		Objects.requireNonNull(week, "week");
	}

	/** @return how many days the week fell short of the required days, 0 when met */
	public int daysShort() {
		return Math.max(0, this.requiredDays - this.days);
	}

	/** @return how many nights the week fell short of the required nights, 0 when met */
	public int nightsShort() {
		return Math.max(0, this.requiredNights - this.nights);
	}

	/** @return whether the required days were met */
	public boolean daysMet() {
		return this.days >= this.requiredDays;
	}

	/** @return whether the cadre was a member for only part of the week */
	public boolean partial() {
		return this.memberDays < 7;
	}
}
