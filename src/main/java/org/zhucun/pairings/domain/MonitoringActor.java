package org.zhucun.pairings.domain;

/** Who acts on a monitoring case, as far as the rules care: the unit of the paired cadre, the town, the office. */
public enum MonitoringActor {

	UNIT, TOWN, OFFICE, OTHER;

	/** @return whether this actor owns the step */
	public boolean owns(MonitoringStep step) {
		return switch (step) {
			case VERIFY, MEASURE -> this == UNIT;
			case PUBLISH, TOWN_REVIEW, CLEAR -> this == TOWN;
			case CONFIRM -> this == OFFICE;
		};
	}
}
