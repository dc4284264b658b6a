package org.zhucun.leave;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a leave request is approved at its last step: the attendance module marks these days of the cadre
 * as {@code LEAVE}. Delivered through the persistent event publication registry, so no decision is lost.
 */
public record LeaveDaysGranted(Long requestId, Long cadreId, List<LocalDate> days) {
}
