package org.zhucun.pairings;

import java.util.List;
import java.util.Set;

import org.zhucun.pairings.domain.MonitoringCase;
import org.zhucun.pairings.domain.MonitoringStep;

/**
 * A monitoring case's page: its line, the case, its assistance measures (the earliest first) and the steps the reader
 * may take now ({@link MonitoringStep#MEASURE}: the reader adds, changes and removes measures).
 */
public record MonitoringDetail(MonitoringRow row, MonitoringCase monitoringCase, List<MeasureRow> measures,
		Set<MonitoringStep> steps) {

	/** @return whether the reader may add, change and remove the measures */
	public boolean canMeasure() {
		return this.steps.contains(MonitoringStep.MEASURE);
	}
}
