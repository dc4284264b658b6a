package org.zhucun.pairings.domain;

/** The kinds of assistance measure for a monitored household (帮扶措施类型). */
public enum MeasureKind {

	/** 产业帮扶. */
	INDUSTRY,
	/** 就业帮扶. */
	EMPLOYMENT,
	/** 健康帮扶. */
	HEALTH,
	/** 教育帮扶. */
	EDUCATION,
	/** 住房安全. */
	HOUSING,
	/** 饮水安全. */
	DRINKING_WATER,
	/** 兜底保障. */
	SOCIAL_SECURITY,
	/** 金融帮扶. */
	FINANCE,
	/** 其他. */
	OTHER
}
