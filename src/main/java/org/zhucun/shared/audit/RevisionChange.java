package org.zhucun.shared.audit;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One record touched in an audited transaction: its kind (entity name), id and the kind of change. */
@Embeddable
public class RevisionChange {

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id", nullable = false)
	private String entityId;

	/** 0 added, 1 modified, 2 deleted (Envers' revision types). */
	@Column(name = "change_type", nullable = false)
	private short changeType;

	protected RevisionChange() {
	}

	RevisionChange(String entityType, String entityId, short changeType) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.changeType = changeType;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public short getChangeType() {
		return this.changeType;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RevisionChange c && this.changeType == c.changeType && this.entityType.equals(c.entityType)
				&& this.entityId.equals(c.entityId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.entityType, this.entityId, this.changeType);
	}
}
