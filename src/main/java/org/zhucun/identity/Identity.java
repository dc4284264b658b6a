package org.zhucun.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The identity module's API for the other modules, beside the signed-in account's scope ({@link ScopeService}) and
 * the accounts' names ({@link AccountNames}): the sign-in log for the audit pages, and the accounts created without a
 * signed-in administrator (the demo district). Access is checked as in {@link AccountService}.
 */
@Component
public class Identity {

	private final AccountService accounts;

	Identity(AccountService accounts) {
		this.accounts = accounts;
	}

	/** @return one page of the sign-in log (the office only) */
	public Page<LoginRecord> loginLog(String username, String kind, Instant from, Instant to, Pageable pageable) {
		return this.accounts.loginLog(username, kind, from, to, pageable);
	}

	/** @return the kinds of sign-in log lines, for the log's filter */
	public List<String> loginEventKinds() {
		return this.accounts.loginEventKinds();
	}

	/** Creates an account without a signed-in administrator; does nothing when the user name exists. */
	public void createInitial(AccountCommand command, String password, boolean mustChangePassword) {
		this.accounts.createInitial(command, password, mustChangePassword);
	}
}
