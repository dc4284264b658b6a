package org.zhucun.workteams;

import java.util.List;

/**
 * A team reduced in a month (不撤不减), ready to be named in a notice.
 * @param baseline active members on the first day of the month
 * @param countAfter the lowest headcount once the replacement window after a departure had passed
 * @param departures the members who left in the month and were not replaced in time
 */
public record ReductionLine(Long teamId, Long villageId, String villageName, String townName, Long unitId,
		String unitName, int baseline, int countAfter, List<Departure> departures) {

	public ReductionLine {
		departures = List.copyOf(departures);
	}
}
