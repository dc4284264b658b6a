package org.zhucun.workteams;

/** Why a membership ended (DOMAIN §3). */
public enum LeaveReason {

	/** 轮换 */
	ROTATION,
	/** 召回调整 */
	RECALL,
	/** 撤离: also the reason given to every member when a team ends. */
	WITHDRAWN,
	/** 调动 */
	TRANSFER,
	/** 其他 */
	OTHER
}
