package org.zhucun.attendance;

import java.time.LocalDate;

/** The team leader's correction of a cadre's day: the status, the night, the reason and the record's version. */
public record CellCommand(Long cadreId, LocalDate day, DayStatus status, boolean overnight, String reason,
		Long version) {
}
