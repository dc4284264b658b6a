package org.zhucun.organization;

/** Kind of aid unit: government body, public institution, state firm or other. */
public enum UnitKind {
	GOVERNMENT, INSTITUTION, STATE_FIRM, OTHER
}
