package org.zhucun.pairings.domain;

/**
 * The steps of a monitoring case and who owns each: the paired cadre's unit verifies and records measures, the town
 * publishes, reviews and clears, the district office confirms.
 */
public enum MonitoringStep {

	VERIFY, PUBLISH, TOWN_REVIEW, CONFIRM, MEASURE, CLEAR
}
