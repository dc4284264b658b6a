package org.zhucun.attendance;

import java.time.YearMonth;

/**
 * The filters of the list of spot checks: the month (required), the town (the office only; a town official always
 * sees their own), the method and the result (null: any), and whether to list discrepancies only.
 */
public record SpotCheckFilter(YearMonth month, Long townId, SpotCheckMethod method, Boolean foundPresent,
		boolean discrepanciesOnly) {
}
