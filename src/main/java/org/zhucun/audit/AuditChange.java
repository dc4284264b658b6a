package org.zhucun.audit;

import java.util.List;

/**
 * One change in detail: the record's audited properties before and after it, and the other records changed in the
 * same transaction.
 * @param known whether the kind of record is still known to the application, so that its values could be read
 */
public record AuditChange(AuditEntry entry, boolean known, List<FieldDifference> fields, List<AuditEntry> sameRevision) {

	public long changedCount() {
		return this.fields.stream().filter(FieldDifference::changed).count();
	}
}
