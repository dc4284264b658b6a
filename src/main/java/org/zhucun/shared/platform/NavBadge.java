package org.zhucun.shared.platform;

/** A count beside a navigation entry (e.g. the leave requests waiting for the signed-in approver). */
@FunctionalInterface
public interface NavBadge {

	/** @return the count for the signed-in user, with one cheap query at most; 0 hides the badge */
	long count();
}
