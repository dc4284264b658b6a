package org.zhucun.unitduties;

import java.time.YearMonth;
import java.util.List;

import org.zhucun.unitduties.domain.rule.DutyRule.RotationRow;
import org.zhucun.unitduties.domain.rule.MonthDuty;

/**
 * A unit's duties month by month: the rule's result per month, who went for how many days (the rotation between
 * the members), the quarter's meeting, and the visits of the months shown.
 * @param unitId the unit
 * @param unitName its name
 * @param months the months shown, oldest first
 * @param judged each month judged, in the same order
 * @param meetings whether the unit held its meeting in each month's quarter, in the same order
 * @param rotation one row per member: days per month
 * @param visits the visits of the months shown, newest first
 * @param current the current month (judged while it runs)
 * @param editable whether the signed-in user may record the unit's visits
 */
public record UnitDutyPage(Long unitId, String unitName, List<YearMonth> months, List<MonthDuty> judged,
		List<Boolean> meetings, List<RotationRow> rotation, List<VisitRow> visits, YearMonth current,
		boolean editable) {

	/** @return the month before the first shown, for the link to earlier months */
	public YearMonth earlier() {
		return this.months.get(this.months.size() - 1).minusMonths(this.months.size());
	}

	/** @return the month after the last shown, or {@code null} when the last shown is the current one */
	public YearMonth later() {
		YearMonth last = this.months.get(this.months.size() - 1);
		return last.isBefore(this.current) ? last.plusMonths(this.months.size()) : null;
	}
}
