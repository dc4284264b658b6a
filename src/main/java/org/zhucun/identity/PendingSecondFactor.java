package org.zhucun.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The session of an account whose password was right but whose second factor is still due: it names the account
 * and holds no role, so every page but the second-factor step is refused to it ({@link SecurityConfiguration}). The
 * signed-in account it becomes after the code is kept aside, not as the principal, so that nothing that reads the
 * signed-in account finds one.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The one authority of such a session: the password was given, nothing else yet. */
	static final String PASSWORD_ONLY = "FACTOR_PASSWORD";

	/** What the pages of the second-factor step show of the account (the layout's user menu too). */
	public record PendingSignIn(String username, String displayName, Role role) implements Serializable {
	}

	private final PendingSignIn principal;

	private final CurrentAccount account;

	PendingSecondFactor(CurrentAccount account) {
		super(List.of(new SimpleGrantedAuthority(PASSWORD_ONLY)));
		this.account = account;
		this.principal = new PendingSignIn(account.getUsername(), account.displayName(), account.role());
		setAuthenticated(true);
	}

	/** @return the account signed in once the second factor is given */
	CurrentAccount account() {
		return this.account;
	}

	@Override
	public PendingSignIn getPrincipal() {
		return this.principal;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.principal.username();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PendingSecondFactor pending && pending.principal.equals(this.principal);
	}

	@Override
	public int hashCode() {
		return this.principal.hashCode();
	}
}
