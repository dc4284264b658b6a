package org.zhucun.audit;

import java.time.Instant;

/**
 * One record touched in one audited transaction, as the search lists it.
 * @param id the change's id, to open it
 * @param changeType 0 added, 1 changed, 2 deleted
 */
public record AuditEntry(Long id, Long revisionId, Instant at, String username, String entityType, String entityId,
		int changeType) {
}
