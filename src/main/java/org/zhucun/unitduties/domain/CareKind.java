package org.zhucun.unitduties.domain;

/** The kinds of care an aid unit records for a stationed cadre, each kept in a table of its own. */
public enum CareKind {

	/** Office and living supplies provided (date, what). */
	SUPPLY,

	/** The yearly health check (date, note). */
	HEALTH_CHECK,

	/** A visit to the cadre's family (慰问: date, by whom, what was brought). */
	FAMILY_VISIT;

	/** @return the message key of the kind's name */
	public String labelKey() {
		return "unitduties.care." + name();
	}
}
