package org.zhucun.audit.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.zhucun.shared.web.Formats;

/** The sign-in log's search form: user name, kind of event and a period of days (both included). */
class LoginLogFilter {

	@Size(max = 100)
	private String username;

	@Size(max = 20)
	private String kind;

	private LocalDate from;

	private LocalDate to;

	Instant fromInstant() {
		return this.from == null ? null : this.from.atStartOfDay(Formats.ZONE).toInstant();
	}

	Instant toInstant() {
		return this.to == null ? null : this.to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
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
