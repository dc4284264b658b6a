package org.zhucun.workteams;

/** Whether a team is at work in its village or has ended. */
public enum TeamStatus {
	ACTIVE, ENDED
}
