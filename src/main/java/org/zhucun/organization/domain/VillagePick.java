package org.zhucun.organization.domain;

/** A village with its town, for choosing villages and resolving them by name. */
public record VillagePick(Long id, String name, Long townId, String townName) {
}
