package org.zhucun.pairings;

import java.time.LocalDate;

/** A paired household past the contact rule now, for oversight. */
public record OverdueHousehold(Long householdId, String code, String headName, String villageName, String townName,
		Long cadreId, String cadreName, String unitName, LocalDate lastContactOn, LocalDate lastHomeVisitOn,
		boolean contactOverdue, boolean homeVisitOverdue) {
}
