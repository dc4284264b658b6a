package org.zhucun.pairings;

import java.time.LocalDate;

/** A line of the pairing list: the cadre, the household and the dates. */
public record PairingRow(Long id, Long cadreId, String cadreName, String unitName, Long householdId,
		String householdCode, String headName, String villageName, String townName, LocalDate fromDate,
		LocalDate toDate, String endReason) {

	public boolean open() {
		return this.toDate == null;
	}
}
