package org.zhucun.attendance.domain.rule;

/** A warning sign over a cadre's month (DOMAIN §4): nominal stationing, commuting, or absence. */
public enum MonthFlag {

	/** 挂名驻村: the month's days in the village are below half of the days required. */
	NOMINAL,

	/** 两头跑: two or more weeks met the days but fell short of the nights by 2 or more. */
	COMMUTING,

	/** 未在岗: an absent day, or a spot check that found the cadre absent on a day declared in the village. */
	ABSENT
}
