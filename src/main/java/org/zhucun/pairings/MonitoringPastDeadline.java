package org.zhucun.pairings;

import java.time.LocalDate;

import org.zhucun.pairings.domain.MonitoringState;

/** A monitoring case the district has not confirmed (or ended) by its deadline, for oversight. */
public record MonitoringPastDeadline(Long caseId, Long householdId, String headName, String villageName,
		String townName, LocalDate flaggedOn, LocalDate deadline, MonitoringState state) {
}
