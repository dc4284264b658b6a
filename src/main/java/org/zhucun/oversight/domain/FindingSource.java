package org.zhucun.oversight.domain;

/** How a finding came to light (DOMAIN §10). */
public enum FindingSource {

	/** 暗访 */
	UNANNOUNCED_VISIT,
	/** 实地督查 */
	FIELD_VISIT,
	/** 抽查 */
	SPOT_CHECK,
	/** 报表审核 */
	REPORT_REVIEW,
	/** 群众举报 */
	COMPLAINT
}
