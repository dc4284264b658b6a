package org.zhucun.pairings.domain;

/** Where a monitoring case for return to poverty stands. */
public enum MonitoringState {

	/** Flagged, to be verified (核实). */
	FLAGGED,
	/** Verified, to be published in the village. */
	VERIFIED,
	/** Published in the village (公示), for at least the publicity days. */
	IN_PUBLICITY,
	/** Approved by the town (镇审核), to be confirmed by the district. */
	TOWN_APPROVED,
	/** Confirmed by the district (县确认): a monitored household with assistance measures. */
	CONFIRMED,
	/** The risk is cleared (风险消除). */
	CLEARED,
	/** Not included, at a review step, with its reason. */
	NOT_INCLUDED;

	/** @return whether the case still moves towards a decision or an end */
	public boolean inProgress() {
		return this != CLEARED && this != NOT_INCLUDED;
	}

	/** @return whether the case is still before the district's confirmation (the 15-day deadline applies) */
	public boolean beforeConfirmation() {
		return this == FLAGGED || this == VERIFIED || this == IN_PUBLICITY || this == TOWN_APPROVED;
	}
}
