package org.zhucun.attendance;

import java.time.LocalDate;

/**
 * One cadre's day in the team leader's week: the status ({@code NONE} without a record), the night mark, whether the
 * cadre was a member of the team that day, and whether the day is a gap the leader should fill (a past or present
 * day of membership without a record and without a holiday), and, for a record declared outside the village's
 * radius (marked for review), its distance to the village centre in metres.
 */
public record WeekCell(Long cadreId, LocalDate day, String status, boolean overnight, boolean member, boolean gap,
		boolean corrected, boolean needsReview, Integer distanceM) {

	/** @return the cell's classes on the week page: its status, a gap, a day outside the membership */
	public String classes() {
		return "att-cell att-status-" + this.status + (this.gap ? " att-gap" : "") + (this.member ? "" : " att-out");
	}
}
