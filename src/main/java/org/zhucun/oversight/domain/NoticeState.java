package org.zhucun.oversight.domain;

/** A notice is drafted and edited, then published with its number. */
public enum NoticeState {
	DRAFT, PUBLISHED
}
