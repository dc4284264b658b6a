package org.zhucun.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A spot check as recorded: the cadre, the date and time in the district (Asia/Shanghai), the method, whether the
 * cadre was found present, and an optional note.
 */
public record SpotCheckCommand(Long cadreId, LocalDate date, LocalTime time, SpotCheckMethod method,
		Boolean foundPresent, String note) {
}
