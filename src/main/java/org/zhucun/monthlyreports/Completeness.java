package org.zhucun.monthlyreports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;
import org.zhucun.monthlyreports.ReportState;

/**
 * The month's completeness for the office (every active unit) or a town (the units serving its villages).
 * @param month the month
 * @param dueDate its due date
 * @param afterDue whether today is after the due date (not submitted is then missing)
 * @param totals the counts over all units in scope
 * @param towns the counts by town (for the office)
 * @param units the page of units shown, filtered by status
 */
public record Completeness(YearMonth month, LocalDate dueDate, boolean afterDue, Counts totals, List<TownCounts> towns,
		Page<UnitRow> units) {

	/** How a unit stands for the month. */
	public enum Status {
		/** Not submitted (no report or a draft). */
		MISSING,
		/** Submitted, waiting for review. */
		WAITING,
		/** Returned to the unit. */
		RETURNED,
		/** Accepted. */
		ACCEPTED;

		static Status of(ReportState state) {
			if (state == null || state == ReportState.DRAFT) {
				return MISSING;
			}
			return switch (state) {
				case SUBMITTED -> WAITING;
				case RETURNED -> RETURNED;
				default -> ACCEPTED;
			};
		}
	}

	/**
	 * Counts of units.
	 * @param units units in scope
	 * @param submitted units whose report was submitted at least once (waiting, returned or accepted)
	 * @param onTime of those, submitted by the due day
	 * @param late of those, submitted after it
	 * @param returned returned and not yet resubmitted
	 * @param accepted accepted
	 * @param missing not submitted
	 */
	public record Counts(int units, int submitted, int onTime, int late, int returned, int accepted, int missing) {
	}

	/** The counts of the units serving one town's villages. */
	public record TownCounts(Long townId, String townName, Counts counts) {
	}

	/**
	 * One unit's month.
	 * @param reportId its report, or null when none was started
	 * @param towns the towns of its villages, joined
	 */
	public record UnitRow(Long unitId, String unitName, String towns, Long reportId, ReportState state, boolean late,
			Instant submittedAt, Status status) {
	}
}
