package org.zhucun.unitduties;

import java.time.LocalDate;

/** A leader visit as the lists and its page show it, with the names of its unit, member and village. */
public record VisitRow(Long id, long version, Long unitId, String unitName, Long leaderId, String leaderName,
		String leaderPosition, boolean principal, Long villageId, String villageName, String townName,
		LocalDate firstDay, LocalDate lastDay, String purpose, String findings, String solved, String createdBy) {

	/** @return the days in the village, first and last included */
	public int days() {
		return (int) java.time.temporal.ChronoUnit.DAYS.between(this.firstDay, this.lastDay) + 1;
	}
}
