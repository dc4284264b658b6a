package org.zhucun.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the sign-in log: success, failure, lockout, logout and the administrator's account actions. */
@Entity
@Table(name = "login_event")
public class LoginEvent {

	/** What happened. */
	public enum Kind {
		SUCCESS, FAILURE, LOCKED_OUT, REFUSED_LOCKED, LOGOUT, UNLOCKED, PASSWORD_CHANGED, PASSWORD_RESET,
		/** Refused unchecked: the client address failed too often. */
		REFUSED_THROTTLED,
		/** An alert for the administrator: the account was locked again and again. */
		REPEATED_LOCKOUT,
		/** A request refused with 403 (detail: method and path). */
		ACCESS_DENIED,
		/** A spreadsheet export, which may hold personal data (detail: path and filter). */
		EXPORT,
		/** A team leader confirmed a team's week (detail: team and week). */
		WEEK_CONFIRMED,
		/** The account enrolled an authenticator app as its second factor. */
		SECOND_FACTOR_ENROLLED,
		/** A wrong second-factor code after the right password (counted like a wrong password). */
		SECOND_FACTOR_FAILURE,
		/** A recovery code was used instead of the app's code (and is used up). */
		RECOVERY_CODE_USED,
		/** The administrator removed the account's second factor (detail: by whom); it enrols again. */
		SECOND_FACTOR_RESET
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String username;

	@Column(name = "account_id")
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(name = "remote_ip")
	private String remoteIp;

	private String detail;

	protected LoginEvent() {
	}

	public LoginEvent(Instant at, String username, Long accountId, Kind kind, String remoteIp) {
		this.at = at;
		this.username = username.length() > 100 ? username.substring(0, 100) : username;
		this.accountId = accountId;
		this.kind = kind;
		this.remoteIp = remoteIp;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getUsername() {
		return this.username;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getRemoteIp() {
		return this.remoteIp;
	}

	/** @return what was refused or exported (method, path, filter), for the kinds that say */
	public String getDetail() {
		return this.detail;
	}
}
