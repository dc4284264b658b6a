package org.zhucun.oversight.domain;

import java.util.Set;

/** Where a finding stands: open → assigned to the unit → answered → closed, or sent back and answered again. */
public enum FindingState {

	/** Recorded by the office, not yet handed to the unit. */
	OPEN,
	/** Handed to the unit, which is to rectify and answer. */
	ASSIGNED,
	/** The unit answered what it did; the office is to verify. */
	ANSWERED,
	/** The office found the answer insufficient and sent it back with a reason; the unit answers again. */
	SENT_BACK,
	/** Verified and closed by the office. */
	CLOSED;

	/** The states in which the rectification is still to be done (and so can be overdue). */
	public static final Set<FindingState> PENDING_RECTIFICATION = Set.of(OPEN, ASSIGNED, SENT_BACK);

	/** @return whether the unit has to act */
	public boolean awaitsUnit() {
		return this == ASSIGNED || this == SENT_BACK;
	}
}
