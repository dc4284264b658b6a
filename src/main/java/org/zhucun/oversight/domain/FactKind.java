package org.zhucun.oversight.domain;

/** The kinds of fact a finding can be made from in one click, each linking back to its page. */
public enum FactKind {

	/** A spot check that found the cadre absent on a day declared in the village (fact id: the spot check). */
	SPOT_CHECK,
	/** A team reduced in a month without a replacement in time (fact id: the team, with the month). */
	REDUCTION,
	/** A monthly report returned to its unit and not yet resubmitted (fact id: the report, with its month). */
	REPORT_RETURNED,
	/** An aid unit short of its duties in a month (fact id: the unit, with the month). */
	UNIT_SHORTFALL,
	/** A paired household whose contact or home visit is overdue (fact id: the household, with the month seen). */
	HOUSEHOLD_OVERDUE,
	/** A return-to-poverty monitoring case past its deadline (fact id: the case). */
	MONITORING_LATE;

	/** @return whether the fact is of a month (the month is part of it) */
	public boolean monthly() {
		return this != SPOT_CHECK && this != MONITORING_LATE;
	}
}
