package org.zhucun.audit;

import java.time.Instant;

import org.zhucun.shared.audit.AuditRevisionListener;

/**
 * One record touched in one audited transaction, as the search lists it, with its texts for people.
 * @param id the change's id, to open it
 * @param username the user name of who made it, as recorded
 * @param changeType 0 added, 1 changed, 2 deleted
 * @param actor who made it: the account's display name, 系统 for the application itself (jobs, start-up), or the
 * user name where no account has it
 * @param kind the kind of record in the user's language, e.g. 干部
 * @param record the record's name and id, e.g. 吕雨涵 (#405), or only its id where no name is known
 */
public record AuditEntry(Long id, Long revisionId, Instant at, String username, String entityType, String entityId,
		int changeType, String actor, String kind, String record) {

	/** @return whether the change was made by the application itself rather than by a signed-in user */
	public boolean bySystem() {
		return this.username == null || AuditRevisionListener.SYSTEM.equals(this.username);
	}

	AuditEntry described(String actor, String kind, String record) {
		return new AuditEntry(this.id, this.revisionId, this.at, this.username, this.entityType, this.entityId,
				this.changeType, actor, kind, record);
	}
}
