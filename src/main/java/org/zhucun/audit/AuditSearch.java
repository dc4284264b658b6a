package org.zhucun.audit;

import java.time.Instant;

/**
 * What the audit trail is searched by; each part may be {@code null}.
 * @param username who made the changes: a user name or an account's display name
 * @param from the earliest time, included
 * @param to the latest time, excluded
 */
public record AuditSearch(String username, String entityType, String entityId, Instant from, Instant to) {
}
