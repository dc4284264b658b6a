package org.zhucun.oversight;

import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The facts of a month to make findings from: the spot checks' discrepancies (paged), the teams reduced, the monthly
 * reports returned, the units short of their duties and, for the current month, the households overdue now and the
 * monitoring cases past their deadline.
 */
public record FactsView(YearMonth month, Page<FactLine> discrepancies, List<FactLine> reductions,
		List<FactLine> returnedReports, List<FactLine> shortfalls, List<FactLine> overdueHouseholds,
		List<FactLine> lateMonitoring) {
}
