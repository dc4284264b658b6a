package org.zhucun.oversight;

import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The facts of a month to make findings from: the spot checks' discrepancies (paged), the teams reduced, the monthly
 * reports returned and the units short of their duties.
 */
public record FactsView(YearMonth month, Page<FactLine> discrepancies, List<FactLine> reductions,
		List<FactLine> returnedReports, List<FactLine> shortfalls) {
}
