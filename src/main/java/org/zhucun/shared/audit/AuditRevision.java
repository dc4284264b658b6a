package org.zhucun.shared.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: when it happened, who made it and which records it touched. */
@Entity
@Table(name = "revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long timestamp;

	@Column(nullable = false)
	private Instant at;

	private String username;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "revision_change", joinColumns = @JoinColumn(name = "revision_id"))
	private Set<RevisionChange> changes = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public long getTimestamp() {
		return this.timestamp;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getUsername() {
		return this.username;
	}

	public Set<RevisionChange> getChanges() {
		return this.changes;
	}

	void stamp(Instant at, String username) {
		this.at = at;
		this.username = username;
	}

	void addChange(RevisionChange change) {
		this.changes.add(change);
	}
}
