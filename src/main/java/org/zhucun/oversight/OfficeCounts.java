package org.zhucun.oversight;

/** What waits for the office: answers to verify, findings still open (to assign), overdue findings. */
public record OfficeCounts(long toVerify, long toAssign, long overdue) {
}
