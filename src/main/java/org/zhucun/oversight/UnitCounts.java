package org.zhucun.oversight;

import java.time.LocalDate;

/** What waits for a unit: findings to answer, the nearest deadline among them (null: none), how many are overdue. */
public record UnitCounts(long toAnswer, LocalDate nextDeadline, long overdue) {
}
