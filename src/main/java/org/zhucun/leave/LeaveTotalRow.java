package org.zhucun.leave;

import java.util.Map;

import org.zhucun.leave.domain.LeaveType;

/**
 * A cadre's approved leave days in a year by type.
 * @param recallReview whether the total is above {@code leave.year-limit-days} and the viewer's list flags it
 */
public record LeaveTotalRow(Long cadreId, String cadreName, String unitName, Map<LeaveType, Integer> byType, int total,
		boolean recallReview) {
}
