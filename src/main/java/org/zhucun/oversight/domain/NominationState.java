package org.zhucun.oversight.domain;

/** Where a nomination for an award stands: submitted by the unit, then approved or declined by the office. */
public enum NominationState {

	SUBMITTED, APPROVED, DECLINED
}
