package org.zhucun.leave.domain;

/** One approver of a leave request's chain, in the order they act: the team leader, the town, the office. */
public enum ApprovalStep {

	TEAM_LEADER,

	TOWN,

	OFFICE
}
