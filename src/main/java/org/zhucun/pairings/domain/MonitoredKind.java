package org.zhucun.pairings.domain;

/** The kind of a monitored household: 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户. */
public enum MonitoredKind {

	/** 脱贫不稳定户: lifted, but at risk of falling back; only a household that was poor or lifted. */
	UNSTABLE,
	/** 边缘易致贫户: never registered, at the edge of poverty. */
	MARGINAL,
	/** 突发严重困难户: in sudden severe hardship. */
	SUDDEN
}
