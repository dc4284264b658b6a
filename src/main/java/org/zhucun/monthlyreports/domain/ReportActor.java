package org.zhucun.monthlyreports.domain;

/** Who acts on a monthly report, as its state machine sees them. */
public enum ReportActor {
	/** The aid unit's liaison of the report's own unit. */
	UNIT,
	/** The office's administrator or staff. */
	OFFICE,
	/** A town official, or a liaison of another unit: may read at most. */
	OTHER
}
