package org.zhucun.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * "Remember this phone" (在本机保持登录): an opt-in at sign-in, for team members' and team leaders' accounts only
 * (not when their role must sign in with a second factor, which the token would skip), that keeps the phone signed in for 30 days with a series token in the database ({@code persistent_logins}). Signing
 * out, changing or resetting the password and locking or deactivating the account remove the account's tokens
 * ({@link AccountService}).
 */
final class PhoneRememberMe extends PersistentTokenBasedRememberMeServices {

	/** The check box of the sign-in form and the cookie's name. */
	static final String PARAMETER = "remember-me";

	static final Duration VALIDITY = Duration.ofDays(30);

	/** The roles that may keep a phone signed in: the people who work from a phone in the villages. */
	static final Set<Role> ROLES = EnumSet.of(Role.TEAM_MEMBER, Role.TEAM_LEADER, Role.CADRE);

	private final PersistentTokenRepository tokens;

	private final JdbcTemplate jdbc;

	private final SecondFactors secondFactors;

	PhoneRememberMe(UserDetailsService users, PersistentTokenRepository tokens, JdbcTemplate jdbc,
			SecondFactors secondFactors) {
		// The key only signs the in-memory authentication; the tokens themselves live in the database.
		super(UUID.randomUUID().toString(), users, tokens);
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.secondFactors = secondFactors;
		setParameter(PARAMETER);
		setCookieName(PARAMETER);
		setTokenValiditySeconds((int) VALIDITY.toSeconds());
	}

	/**
	 * Issues a token only when asked for and only to the roles that may have one, and never to an account that must
	 * sign in with a second factor (the token would skip it); drops tokens past their 30 days.
	 */
	@Override
	protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof CurrentAccount account) || !ROLES.contains(account.role())
				|| this.secondFactors.required(account.getUsername(), account.role())) {
			return;
		}
		// Same time as the library's expiry check (the system clock), not the district's business clock.
		this.jdbc.update("delete from persistent_logins where last_used < ?",
				new Timestamp(System.currentTimeMillis() - VALIDITY.toMillis()));
		super.onLoginSuccess(request, response, authentication);
	}

	/** Refuses a token whose account no longer has one of the roles (the administrator changed it meanwhile). */
	@Override
	protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
			HttpServletResponse response) {
		UserDetails user = super.processAutoLoginCookie(cookieTokens, request, response);
		if (!(user instanceof CurrentAccount account) || !ROLES.contains(account.role())
				|| this.secondFactors.required(account.getUsername(), account.role())) {
			this.tokens.removeUserTokens(user.getUsername());
			throw new RememberMeAuthenticationException(
					"Remember-me is for team members and leaders without a second factor only");
		}
		return user;
	}
}
