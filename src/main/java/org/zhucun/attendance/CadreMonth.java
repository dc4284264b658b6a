package org.zhucun.attendance;

import java.util.List;

import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.attendance.domain.rule.MonthFlags;
import org.zhucun.attendance.domain.rule.WeekResult;

/**
 * One cadre's month in one team (DOMAIN §4): the weeks of the month judged by the weekly rule, the totals of the
 * month's days and its flags. The month's period is that of its ISO weeks (the weeks whose Thursday falls in it), so
 * every total here covers the same days as the weeks; a week not yet over is not judged.
 *
 * @param cadreId the cadre
 * @param cadreName the cadre's name
 * @param leader whether the cadre led the team at the end of the membership's part of the month
 * @param teamId the team the cadre served in
 * @param villageName the team's village
 * @param townId the town of the team's village
 * @param townName its name
 * @param unitId the cadre's aid unit
 * @param unitName its name
 * @param weeks the judged weeks of the month in which the cadre was a member, in order
 * @param inVillageDays days in the village
 * @param nights nights in the village
 * @param officialBusinessDays official business days (因公外出)
 * @param leaveDays leave days, weekends included
 * @param holidayDays statutory holidays, recorded or from the calendar
 * @param absentDays days recorded absent without approval
 * @param gapDays member days already past with no record and no holiday
 * @param flags the month's flags with their totals (discrepancies included)
 */
public record CadreMonth(Long cadreId, String cadreName, boolean leader, Long teamId, String villageName, Long townId,
		String townName, Long unitId, String unitName, List<WeekResult> weeks, int inVillageDays, int nights,
		int officialBusinessDays, int leaveDays, int holidayDays, int absentDays, int gapDays, MonthFlags flags) {

	public CadreMonth {
		weeks = List.copyOf(weeks);
	}

	/** @return the judged weeks that complied */
	public int weeksMet() {
		return (int) this.weeks.stream().filter(WeekResult::complies).count();
	}

	/** @return the number of judged weeks */
	public int weeksJudged() {
		return this.weeks.size();
	}

	/** @return the weeks that did not comply, with how many days and nights each fell short */
	public List<WeekResult> weeksMissed() {
		return this.weeks.stream().filter(w -> !w.complies()).toList();
	}

	/** @return whether every judged week complied and no flag was raised */
	public boolean complies() {
		return weeksMet() == weeksJudged() && this.flags.flags().isEmpty();
	}

	/** @return spot checks that found the cadre absent on a day declared in the village */
	public int discrepancies() {
		return this.flags.discrepancies();
	}

	/** @return whether the flag was raised this month */
	public boolean has(MonthFlag flag) {
		return this.flags.has(flag);
	}
}
