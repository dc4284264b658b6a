package org.zhucun.identity.web;

/** The status filter of the administrator's account list. */
enum AccountAdminStatus {

	/** Accounts that may sign in (not deactivated). */
	ACTIVE(Boolean.TRUE, null, null),

	/** Deactivated accounts, which cannot sign in. */
	INACTIVE(Boolean.FALSE, null, null),

	/** Accounts locked now, after failed sign-ins or by the administrator. */
	LOCKED(null, Boolean.TRUE, null),

	/** Accounts whose user must choose a new password at the next sign-in. */
	MUST_CHANGE_PASSWORD(null, null, Boolean.TRUE);

	private final Boolean active;

	private final Boolean locked;

	private final Boolean mustChangePassword;

	AccountAdminStatus(Boolean active, Boolean locked, Boolean mustChangePassword) {
		this.active = active;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	Boolean active() {
		return this.active;
	}

	Boolean locked() {
		return this.locked;
	}

	Boolean mustChangePassword() {
		return this.mustChangePassword;
	}
}
