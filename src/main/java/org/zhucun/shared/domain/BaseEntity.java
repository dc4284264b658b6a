package org.zhucun.shared.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** Identity, optimistic locking and who-when of every entity; the audit trail keeps the values over time. */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@NotAudited
	private long version;

	@CreatedDate
	@NotAudited
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@NotAudited
	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@LastModifiedDate
	@NotAudited
	@Column(name = "modified_at", nullable = false)
	private Instant modifiedAt;

	@LastModifiedBy
	@NotAudited
	@Column(name = "modified_by")
	private String modifiedBy;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

	public boolean isNew() {
		return this.id == null;
	}

	/**
	 * Checks the version a form was built on against the current one, so that an edit made on stale data is
	 * refused instead of silently overwriting someone else's change.
	 * @throws StaleEditException when the versions differ
	 */
	public void checkVersion(long expected) {
		if (this.version != expected) {
			throw new StaleEditException();
		}
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
			return false;
		}
		return this.id != null && this.id.equals(((BaseEntity) other).id);
	}

	@Override
	public int hashCode() {
		return org.hibernate.Hibernate.getClass(this).hashCode();
	}
}
