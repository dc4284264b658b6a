package org.zhucun.unitduties;

import java.time.LocalDate;

/** A leader visit to record. */
public record VisitCommand(Long unitId, Long leaderId, Long villageId, LocalDate firstDay, LocalDate lastDay,
		String purpose, String findings, String solved) {
}
