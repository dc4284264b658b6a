package org.zhucun.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.zhucun.audit.AuditSearch;
import org.zhucun.shared.web.Formats;

/** The audit trail's search form: user name, kind of record, record id and a period of days (both included). */
class AuditFilter {

	@Size(max = 100)
	private String username;

	@Size(max = 100)
	private String entityType;

	@Size(max = 64)
	private String entityId;

	private LocalDate from;

	private LocalDate to;

	AuditSearch toSearch() {
		return new AuditSearch(this.username, this.entityType, this.entityId,
				this.from == null ? null : this.from.atStartOfDay(Formats.ZONE).toInstant(),
				this.to == null ? null : this.to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant());
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public void setEntityId(String entityId) {
		this.entityId = entityId;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}
}
