package org.zhucun.attendance;

import org.zhucun.attendance.domain.rule.IsoWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's ISO week as a grid of its members by day, with the confirmation (by whom and when, or none), whether a
 * record changed after it, and whether the signed-in account is the leader who corrects and confirms.
 */
public record WeekView(Long teamId, String villageName, IsoWeek week, List<LocalDate> days, List<WeekRow> rows,
		String confirmedBy, Instant confirmedAt, boolean changedAfterConfirming, boolean leader) {

	public boolean isConfirmed() {
		return this.confirmedAt != null;
	}
}
