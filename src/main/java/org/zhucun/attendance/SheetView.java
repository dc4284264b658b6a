package org.zhucun.attendance;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.attendance.domain.rule.WeekRuleSettings;

/**
 * A monthly attendance sheet (DOMAIN §4): one team's members, or one aid unit's cadres in whatever team they served,
 * with each cadre's judged month, ordered by town, village and name (never by result), and the totals.
 *
 * @param unitSheet whether this is an aid unit's sheet (otherwise a team's)
 * @param teamId the team, for a team's sheet
 * @param unitId the aid unit: the team's dispatching unit, or the unit of the sheet
 * @param villageName the team's village, for a team's sheet
 * @param townName the village's town, for a team's sheet
 * @param unitName the aid unit's name
 * @param period the month and its ISO weeks
 * @param today the day the sheet was made (printed on it)
 * @param rows one per cadre membership in the month
 * @param rule the numbers of the weekly rule in force in the month's last week, for the legend
 */
public record SheetView(boolean unitSheet, Long teamId, Long unitId, String villageName, String townName,
		String unitName, MonthPeriod period, LocalDate today, List<CadreMonth> rows, WeekRuleSettings rule) {

	public SheetView {
		rows = List.copyOf(rows);
	}

	/** @return the name the sheet is known by: the team's village, or the aid unit */
	public String subject() {
		return this.unitSheet ? this.unitName : this.villageName;
	}

	/** @return the sums of the rows */
	public SheetTotals totals() {
		return SheetTotals.of(this.rows);
	}
}
