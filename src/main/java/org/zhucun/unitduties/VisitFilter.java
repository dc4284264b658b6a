package org.zhucun.unitduties;

import java.time.YearMonth;

/**
 * The filters of the visits list, shared by the list and its links.
 * @param month the visits overlapping this month
 * @param unitId one unit (office and towns), or {@code null} for all in scope
 */
public record VisitFilter(YearMonth month, Long unitId) {
}
