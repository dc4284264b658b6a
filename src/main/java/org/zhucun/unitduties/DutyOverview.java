package org.zhucun.unitduties;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The units' duties in one month for the office (the district) or a town (the units serving its villages): every unit
 * judged, and those short of the month's rule or the quarter's meeting with the reasons. A compliance view, never a
 * ranking: units are listed by name.
 * @param month the month
 * @param current whether the month is still under way
 * @param townId the town the view is limited to, or {@code null} for the district
 * @param units every unit in the view with its town(s), by name
 * @param today the day the view was made (for the print view)
 */
public record DutyOverview(YearMonth month, boolean current, Long townId, List<Line> units, LocalDate today) {

	/** A unit's line: its month and the towns it serves. */
	public record Line(UnitMonthStatus status, String towns) {
	}

	/** @return the units short of the month's rule or of the quarter's meeting */
	public List<Line> shortUnits() {
		return this.units.stream().filter(l -> l.status().shortOfAnything()).toList();
	}

	/** @return how many units met the month's rule */
	public long monthMet() {
		return this.units.stream().filter(l -> l.status().monthMet()).count();
	}

	/** @return how many units held the quarter's meeting */
	public long meetingHeld() {
		return this.units.stream().filter(l -> l.status().meetingThisQuarter()).count();
	}
}
