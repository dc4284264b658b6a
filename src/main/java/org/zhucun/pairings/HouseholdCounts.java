package org.zhucun.pairings;

/**
 * The counts above a household list: households, overdue for a contact, for a home visit, overdue either way, and
 * to contact or visit in the current period.
 */
public record HouseholdCounts(long households, long contactOverdue, long homeVisitOverdue, long overdue, long toDo) {
}
