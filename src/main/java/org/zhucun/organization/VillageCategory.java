package org.zhucun.organization;

/** Category of a village (DOMAIN §2). */
public enum VillageCategory {
	/** 建档立卡贫困村 */
	REGISTERED_POOR,
	/** 有扶贫任务的非贫困村 */
	NON_POOR_WITH_TASKS,
	/** 其他 */
	OTHER
}
