package org.zhucun.purchases;

import java.math.BigDecimal;

/**
 * A unit's consumption aid in one month, for the monthly report: the counted (received-and-paid) amount of the
 * month's purchases and of the year up to the month's end, the year's target and the progress against it.
 * @param target the year's target; {@code null} when none is set or the unit is exempt
 * @param progress year to date over target (0.7012 = 70.12 %, may exceed 1); {@code null} without a target
 */
public record PurchaseMonth(BigDecimal countedThisMonth, BigDecimal countedYearToDate, BigDecimal target,
		boolean exempt, BigDecimal progress) {
}
