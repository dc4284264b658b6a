package org.zhucun.pairings;

import java.time.LocalDate;

import org.zhucun.pairings.domain.MeasureKind;

/** An assistance measure of a monitoring case as its page and its export show it, with the responsible unit's name. */
public record MeasureRow(Long id, Long caseId, MeasureKind kind, LocalDate startDate, LocalDate endDate, Long unitId,
		String unitName, String result, long version) {
}
