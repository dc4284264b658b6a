package org.zhucun.attendance;

import java.time.Instant;

/**
 * One spot check in the list: when, whom (with their team's village and town), how, the result, the status the
 * cadre declared for the day (null: no record) and who checked.
 */
public record SpotCheckRow(Long id, Instant checkedAt, Long cadreId, String cadreName, Long teamId,
		String villageName, String townName, SpotCheckMethod method, boolean foundPresent, DayStatus declared,
		String checkedBy) {

	/** @return whether the check found the cadre absent on a day declared in the village */
	public boolean isDiscrepancy() {
		return SpotChecks.isDiscrepancy(this.foundPresent, this.declared);
	}
}
