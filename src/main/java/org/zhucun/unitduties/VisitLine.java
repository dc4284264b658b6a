package org.zhucun.unitduties;

import java.time.LocalDate;

/**
 * One leadership member's visit as a month counts it.
 * @param visitId the visit
 * @param leaderId the member
 * @param leaderName the member's name
 * @param principal whether the member was the principal when the visit was recorded
 * @param villageName where
 * @param firstDay first day in the village
 * @param lastDay last day in the village
 * @param daysInMonth the visit's days that fall in the month
 */
public record VisitLine(Long visitId, Long leaderId, String leaderName, boolean principal, String villageName,
		LocalDate firstDay, LocalDate lastDay, int daysInMonth) {
}
