package org.zhucun.pairings.domain;

/** The risks a household faces (DOMAIN §7). */
public enum RiskTag {

	ILLNESS, DISABILITY, SCHOOLING, HOUSING, DRINKING_WATER, DISASTER, JOB_LOSS
}
