package org.zhucun.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One spot check with the cadre's declared record of that day as it is now (status null: the day has no record),
 * its night, source and location evidence (distance to the village centre and accuracy, if given).
 */
public record SpotCheckDetail(Long id, Instant checkedAt, LocalDate day, Long cadreId, String cadreName, Long teamId,
		String villageName, String townName, SpotCheckMethod method, boolean foundPresent, String note,
		String checkedBy, DayStatus declared, boolean overnight, DaySource source, Integer distanceM,
		Integer accuracyM, boolean needsReview, String recordNote) {

	/** @return whether the check found the cadre absent on a day declared in the village */
	public boolean isDiscrepancy() {
		return SpotChecks.isDiscrepancy(this.foundPresent, this.declared);
	}
}
