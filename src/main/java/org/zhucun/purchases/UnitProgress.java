package org.zhucun.purchases;

import java.math.BigDecimal;

/**
 * A unit's progress in a year up to the day judged.
 * @param target the year's target, null when none or exempt
 * @param progress counted / target, null without a target
 * @param dueBy the amount that keeps pace on the day judged, null without a target
 */
public record UnitProgress(Long unitId, String unitName, BigDecimal target, boolean exempt, BigDecimal counted,
		BigDecimal progress, BigDecimal dueBy, boolean behind, Long shareVersion) {

	/** @return whether the office has set nothing for the year */
	public boolean unset() {
		return this.target == null && !this.exempt;
	}
}
