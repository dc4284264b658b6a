package org.zhucun.organization;

/** A town as listed: name, order, status and its active villages by category. */
public record TownSummary(Long id, String name, int sortOrder, boolean active, VillageCounts villages) {
}
