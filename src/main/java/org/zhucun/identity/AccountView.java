package org.zhucun.identity;

import java.time.Instant;

/** An account as lists and pages show it. */
public record AccountView(Long id, long version, String username, String displayName, Role role, Long townId,
		Long unitId, Long cadreId, boolean active, boolean locked, boolean mustChangePassword, Instant lastLoginAt) {
}
