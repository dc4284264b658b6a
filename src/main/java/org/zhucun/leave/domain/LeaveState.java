package org.zhucun.leave.domain;

/** Where a leave request stands: waiting for approval, approved, back from leave (销假), rejected or cancelled. */
public enum LeaveState {

	/** Waiting for the current step of its approval chain. */
	PENDING,

	/** Every step approved; the cadre is on leave or will be. */
	APPROVED,

	/** The cadre reported back (销假) with the actual return date. */
	RETURNED,

	/** A step rejected it, with a reason. */
	REJECTED,

	/** The requester withdrew it. */
	CANCELLED;

	/** @return whether nothing can happen to a request in this state any more */
	public boolean isFinal() {
		return this == RETURNED || this == REJECTED || this == CANCELLED;
	}
}
