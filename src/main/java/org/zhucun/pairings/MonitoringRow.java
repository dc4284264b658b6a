package org.zhucun.pairings;

import java.time.LocalDate;

import org.zhucun.pairings.domain.MonitoringSource;
import org.zhucun.pairings.domain.MonitoringState;

/** A line of the monitoring list: the household, the flag, the state and the deadline. */
public record MonitoringRow(Long id, Long householdId, String code, String headName, String villageName,
		String townName, LocalDate flaggedOn, MonitoringSource source, MonitoringState state, LocalDate deadline,
		boolean pastDeadline) {
}
