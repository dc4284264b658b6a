package org.zhucun.monthlyreports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.zhucun.monthlyreports.ReportState;

/**
 * One month of a unit's reports as its list shows it.
 * @param reportId the report, or null when not started
 */
public record UnitMonth(YearMonth month, LocalDate dueDate, Long reportId, ReportState state, boolean late,
		Instant submittedAt) {
}
