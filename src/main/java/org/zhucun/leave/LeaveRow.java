package org.zhucun.leave;

import java.time.LocalDate;

import org.zhucun.leave.domain.ApprovalStep;
import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;

/**
 * A request in a list.
 * @param waitingFor the step that acts next while pending, otherwise null
 */
public record LeaveRow(Long id, Long cadreId, String cadreName, String unitName, String villageName, String townName,
		LeaveType type, LocalDate firstDay, LocalDate lastDay, int days, LeaveState state, ApprovalStep waitingFor) {
}
