package org.zhucun.leave;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when approved leave is cancelled before it starts or the cadre returns early: the attendance module
 * removes the {@code LEAVE} marks of these days (the days not taken).
 */
public record LeaveDaysWithdrawn(Long requestId, Long cadreId, List<LocalDate> days) {
}
