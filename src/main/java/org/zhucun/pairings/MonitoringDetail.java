package org.zhucun.pairings;

import java.util.Set;

import org.zhucun.pairings.domain.MonitoringCase;
import org.zhucun.pairings.domain.MonitoringStep;

/** A monitoring case's page: its line, the case, and the steps the reader may take now. */
public record MonitoringDetail(MonitoringRow row, MonitoringCase monitoringCase, Set<MonitoringStep> steps) {
}
