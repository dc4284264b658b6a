package org.zhucun.identity;

/** What the administrator enters for a new or changed account. */
public record AccountCommand(String username, String displayName, Role role, Long townId, Long unitId, Long cadreId) {
}
