package org.zhucun.leave;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.leave.domain.ApprovalStep;
import org.zhucun.leave.domain.Decision;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;

/**
 * A request's page: the leave, its places, its chain with each step's decision, and what the viewer may do.
 * @param steps the chain's steps in order, each with its decision once made
 * @param actingStep the step the viewer may decide now, or null
 * @param year the year of the request's first day
 * @param approvedThisYear the cadre's approved leave days in that year (returns counted as taken)
 * @param yearLimit the yearly limit in force (leave.year-limit-days), above which the cadre is flagged for recall review
 */
public record LeaveDetail(Long id, long version, Long cadreId, String cadreName, String unitName, String villageName,
		String townName, LeaveType type, LocalDate firstDay, LocalDate lastDay, int days, String reason,
		String contactPhone, LeaveState state, List<StepView> steps, LocalDate actualReturn, boolean recordedByOffice,
		int daysTaken, ApprovalStep actingStep, boolean canCancel, boolean canReturn, int year, int approvedThisYear,
		int yearLimit) {

	/** @return whether the approved days of the year, this request included while it is pending, go above the limit */
	public boolean overYearLimit() {
		int after = this.approvedThisYear + (this.state == LeaveState.PENDING ? this.days : 0);
		return after > this.yearLimit;
	}

	/** @return the approved days of the year once this request is approved too (while pending) */
	public int approvedAfter() {
		return this.approvedThisYear + (this.state == LeaveState.PENDING ? this.days : 0);
	}

	/** One step of the chain and its decision, if made; {@code current} while the request waits for it. */
	public record StepView(ApprovalStep step, Decision decision, boolean current) {
	}
}
