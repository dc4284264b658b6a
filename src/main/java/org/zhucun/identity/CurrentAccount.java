package org.zhucun.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as kept in the session: name, role, scope and whether a new password is due. */
public final class CurrentAccount implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final DataScope scope;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private boolean mustChangePassword;

	/** Whether the new password is due because the old one is too old (rather than reset by the administrator). */
	private boolean passwordExpired;

	public CurrentAccount(DataScope scope, String displayName, String passwordHash, boolean enabled, boolean locked,
			boolean mustChangePassword) {
		this(scope, displayName, passwordHash, enabled, locked, mustChangePassword, false);
	}

	public CurrentAccount(DataScope scope, String displayName, String passwordHash, boolean enabled, boolean locked,
			boolean mustChangePassword, boolean passwordExpired) {
		this.scope = scope;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword || passwordExpired;
		this.passwordExpired = passwordExpired && !mustChangePassword;
	}

	public DataScope scope() {
		return this.scope;
	}

	public Role role() {
		return this.scope.role();
	}

	public String displayName() {
		return this.displayName;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** @return whether the new password is due because the old one has grown too old */
	public boolean passwordExpired() {
		return this.passwordExpired;
	}

	/** Called once the user has chosen a new password in this session. */
	public void passwordChanged() {
		this.mustChangePassword = false;
		this.passwordExpired = false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.scope.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.scope.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CurrentAccount other && other.getUsername().equals(getUsername());
	}

	@Override
	public int hashCode() {
		return getUsername().hashCode();
	}
}
