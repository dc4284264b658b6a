package org.zhucun.pairings.domain;

/** Where a monitoring flag came from: the household's own report, a cadre's visit, or department data. */
public enum MonitoringSource {

	SELF_REPORT, CADRE_VISIT, DEPARTMENT_DATA
}
