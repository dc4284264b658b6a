package org.zhucun.oversight.domain;

/** The steps of a finding's life, as recorded in its history. */
public enum FindingAction {
	OPEN, ASSIGN, ANSWER, SEND_BACK, CLOSE, ESCALATE
}
