package org.zhucun.pairings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.RiskTag;

/** A line of the household lists: the household, its place, category, latest income, cadre and contact state. */
public record HouseholdRow(Long id, String code, String headName, Long villageId, String villageName, String townName,
		HouseholdCategory category, MonitoredKind monitoredKind, int memberCount, Integer incomeYear,
		BigDecimal income, boolean belowThreshold, List<RiskTag> risks, Long cadreId, String cadreName,
		String unitName, LocalDate pairedSince, LocalDate lastContactOn, LocalDate lastHomeVisitOn,
		boolean contactOverdue, boolean homeVisitOverdue, boolean contactDue, boolean homeVisitDue) {

	public boolean overdue() {
		return this.contactOverdue || this.homeVisitOverdue;
	}
}
