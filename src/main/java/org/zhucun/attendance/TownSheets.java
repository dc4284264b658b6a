package org.zhucun.attendance;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.attendance.domain.rule.WeekRuleSettings;

/**
 * The monthly sheets of every team of a town for one month (the town-wide workbook): the teams whose term overlaps
 * the month's weeks, by village, each with the rows of its own monthly sheet.
 *
 * @param townId the town
 * @param townName its name
 * @param period the month's ISO weeks
 * @param today the day the sheets are made
 * @param rule the numbers of the weekly rule in force in the month's last week
 * @param teams one sheet per team, as the team's own monthly sheet has it
 */
public record TownSheets(Long townId, String townName, MonthPeriod period, LocalDate today, WeekRuleSettings rule,
		List<SheetView> teams) {

	public TownSheets {
		teams = List.copyOf(teams);
	}

	/** @return the totals of the whole town, every cadre row of every team */
	public SheetTotals totals() {
		return SheetTotals.of(this.teams.stream().flatMap(t -> t.rows().stream()).toList());
	}
}
