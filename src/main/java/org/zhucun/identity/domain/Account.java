package org.zhucun.identity.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.Role;
import org.zhucun.shared.domain.BaseEntity;

/**
 * A person's account: user name, password hash, one role and the scope that role is bound to. Updates write only the
 * changed columns, so an administrator's edit never overwrites the sign-in bookkeeping ({@code failed_attempts},
 * {@code locked_until}, {@code last_login_at}) that the identity module's {@code SignIns} writes with SQL meanwhile.
 */
@Entity
@Table(name = "account")
@Audited
@DynamicUpdate
public class Account extends BaseEntity {

	/**
	 * Failed sign-ins in a row that lock the account by default: the setting {@code security.lockout-attempts} decides
	 * (counted by the identity module's {@code SignIns}).
	 */
	public static final int MAX_FAILED_ATTEMPTS = 5;

	/** How long a lockout after failed sign-ins lasts by default: the setting {@code security.lockout-minutes} decides. */
	public static final Duration LOCKOUT = Duration.ofMinutes(15);

	/** Far future used for a lock set by the administrator, which lasts until unlocked. */
	private static final Instant LOCKED_BY_ADMIN = Instant.parse("9999-12-31T00:00:00Z");

	@Column(nullable = false, updatable = false)
	private String username;

	@NotAudited
	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "town_id")
	private Long townId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "cadre_id")
	private Long cadreId;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@NotAudited
	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@NotAudited
	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	protected Account() {
	}

	public Account(String username, String passwordHash, String displayName, Role role, Long townId, Long unitId,
			Long cadreId, boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		assign(role, townId, unitId, cadreId);
		this.mustChangePassword = mustChangePassword;
	}

	/** Sets the role and the scope it needs; other scope fields are cleared. */
	public void assign(Role role, Long townId, Long unitId, Long cadreId) {
		this.role = role;
		this.townId = role == Role.TOWN_OFFICIAL ? townId : null;
		this.unitId = (role == Role.UNIT_ADMIN || role.hasCadre()) ? unitId : null;
		this.cadreId = role.hasCadre() ? cadreId : null;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public void lock() {
		this.lockedUntil = LOCKED_BY_ADMIN;
	}

	/** @return whether a value of {@code lockedUntil} is a lock set by the administrator (rather than a lockout) */
	public static boolean isLockedByAdministrator(Instant lockedUntil) {
		return LOCKED_BY_ADMIN.equals(lockedUntil);
	}

	public void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** The administrator set a new password: the user must choose their own at the next sign-in. */
	public void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
		unlock();
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public DataScope scope() {
		return new DataScope(getId(), this.username, this.role, this.townId, this.unitId, this.cadreId);
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getTownId() {
		return this.townId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}
}
