package org.zhucun.pairings.domain;

/** A household's category in the register (DOMAIN §7): 未脱贫户, 已脱贫户 or 监测户 (with its {@link MonitoredKind}). */
public enum HouseholdCategory {

	/** 未脱贫户: registered poor, not yet lifted. */
	POOR,
	/** 已脱贫户: lifted out of poverty. */
	LIFTED,
	/** 监测户: monitored for return to poverty. */
	MONITORED
}
