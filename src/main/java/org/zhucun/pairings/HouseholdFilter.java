package org.zhucun.pairings;

import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.RiskTag;

/**
 * The filters of the household list and its export; {@code null} means any.
 * @param q the start of the head's name or the household's number
 * @param paired paired with a cadre now, or not
 * @param overdue a contact or home visit overdue now
 */
public record HouseholdFilter(String q, Long townId, Long villageId, HouseholdCategory category, RiskTag risk,
		Boolean paired, Boolean overdue, Long unitId, Long cadreId) {

	public static final HouseholdFilter ALL = new HouseholdFilter(null, null, null, null, null, null, null, null, null);

	/** @return the filter of the overdue lists: paired households overdue now, of a unit or a cadre */
	public static HouseholdFilter overdue(Long townId, Long unitId, Long cadreId) {
		return new HouseholdFilter(null, townId, null, null, null, true, true, unitId, cadreId);
	}
}
