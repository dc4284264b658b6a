package org.zhucun.monthlyreports;

/** Where a monthly report stands (DOMAIN §9). */
public enum ReportState {
	/** Being written by the unit; its figures are refreshed from the records. */
	DRAFT,
	/** Sent to the office, waiting for review; its content is frozen. */
	SUBMITTED,
	/** Sent back by the office with a comment (退回修改); the unit edits and resubmits. */
	RETURNED,
	/** Accepted by the office; locked until the office reopens it. */
	ACCEPTED;

	/** @return whether the unit may edit the written sections and refresh the figures */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}
}
