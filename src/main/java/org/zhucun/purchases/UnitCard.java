package org.zhucun.purchases;

import java.math.BigDecimal;

/** What the unit administrator's home card shows: this year's progress and the purchases waiting for payment. */
public record UnitCard(BigDecimal counted, BigDecimal target, boolean exempt, BigDecimal progress, boolean behind,
		long waiting, BigDecimal waitingAmount) {
}
