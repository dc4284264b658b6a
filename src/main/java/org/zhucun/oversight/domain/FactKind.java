package org.zhucun.oversight.domain;

/** The kinds of fact a finding can be made from in one click, each linking back to its page. */
public enum FactKind {

	/** A spot check that found the cadre absent on a day declared in the village (fact id: the spot check). */
	SPOT_CHECK,
	/** A team reduced in a month without a replacement in time (fact id: the team, with the month). */
	REDUCTION
}
