package org.zhucun.leave;

import java.time.LocalDate;

import org.zhucun.leave.domain.LeaveType;

/**
 * What a cadre asks for, or what the office records for a cadre.
 * @param cadreId the cadre on leave; null for the signed-in cadre's own request
 */
public record LeaveCommand(Long cadreId, LeaveType type, LocalDate firstDay, LocalDate lastDay, String reason,
		String contactPhone) {
}
