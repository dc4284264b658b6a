package org.zhucun.leave.domain;

/** The kinds of leave a cadre may ask for (DOMAIN §5). */
public enum LeaveType {

	/** 事假 */
	PERSONAL,

	/** 病假 */
	SICK,

	/** 年休假 */
	ANNUAL,

	/** 婚丧假 */
	MARRIAGE_FUNERAL,

	/** 探亲假 */
	FAMILY_VISIT,

	OTHER
}
