package org.zhucun.identity;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.web.ForwardedHeaders;
import org.zhucun.identity.domain.LoginEvent;

/**
 * The bookkeeping of sign-ins: the sign-in log, the count of failed attempts and the lockout. Each outcome is one
 * transaction of atomic SQL statements on the account row, which neither lose a concurrent count nor touch the
 * row's version, so simultaneous sign-ins of one account and an administrator's edit of it never conflict.
 */
@Service
class SignIns {

	private static final Logger log = LoggerFactory.getLogger(SignIns.class);

	/** A failed sign-in as counted: the account's failures in a row, and whether this one locked it. */
	record Failure(Long accountId, int attempts, boolean lockedNow) {

		static final Failure UNKNOWN_ACCOUNT = new Failure(null, 0, false);
	}

	/** Failures from one client address within {@link #ADDRESS_WINDOW} after which it may not try again for now. */
	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

	/** Lockouts of one account within {@link #REPEATED_LOCKOUT_WINDOW} that alert the administrator. */
	static final int REPEATED_LOCKOUTS = 3;

	static final Duration REPEATED_LOCKOUT_WINDOW = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final PersistentTokenRepository rememberedPhones;

	private final Clock clock;

	private final ForwardedHeaders proxies;

	private final PolicySettings settings;

	SignIns(JdbcClient jdbc, PersistentTokenRepository rememberedPhones, Clock clock, ForwardedHeaders proxies,
			PolicySettings settings) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.rememberedPhones = rememberedPhones;
		this.clock = clock;
		this.proxies = proxies;
	}

	/**
	 * @return whether sign-ins from this client address are refused for now: {@link #MAX_FAILURES_PER_ADDRESS}
	 * failures from it within {@link #ADDRESS_WINDOW}, whatever accounts they tried. The local machine and the
	 * trusted proxies are never throttled: they stand for many users (all of them, behind a proxy whose forwarded
	 * client addresses are not trusted).
	 */
	@Transactional(readOnly = true)
	public boolean isThrottled(String remoteIp) {
		if (remoteIp == null || isLoopback(remoteIp) || this.proxies.isTrustedProxy(remoteIp)) {
			return false;
		}
		OffsetDateTime now = now();
		Integer failures = this.jdbc.sql("""
				select count(*) from login_event
				where kind = 'FAILURE' and remote_ip = :ip and at > :since""")
			.param("ip", clip(remoteIp))
			.param("since", now.minus(ADDRESS_WINDOW))
			.query(Integer.class)
			.single();
		return failures >= MAX_FAILURES_PER_ADDRESS;
	}

	/** A sign-in refused unchecked because its client address failed too often: logged, not counted. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refusedAsThrottled(String username, String remoteIp) {
		log.warn("Sign-in from {} refused: {} failures from that address within {} minutes", remoteIp,
				MAX_FAILURES_PER_ADDRESS, ADDRESS_WINDOW.toMinutes());
		log(now(), account(username), username, LoginEvent.Kind.REFUSED_THROTTLED, remoteIp);
	}

	/** @return the filter that refuses sign-in posts from a throttled address with the sign-in page's one message */
	OncePerRequestFilter addressThrottle() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"POST".equals(request.getMethod())
						|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (isThrottled(request.getRemoteAddr())) {
					String username = request.getParameter("username");
					refusedAsThrottled(username == null || username.isBlank() ? "?" : username.trim(),
							request.getRemoteAddr());
					response.sendRedirect(request.getContextPath() + "/login?error");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	private static boolean isLoopback(String address) {
		return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
	}

	/**
	 * The sign-in is complete (the password was right, and the second factor too where one is needed): the failures
	 * in a row start again and the sign-in is logged. A right password alone does not restart the count of an account
	 * that still has to give its code, or a thief of the password could guess codes without end.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username, String remoteIp) {
		OffsetDateTime now = now();
		Optional<Named> account = this.jdbc.sql("""
				update account set failed_attempts = 0, last_login_at = :now
				where lower(username) = lower(:username)
				returning id, username""")
			.param("now", now)
			.param("username", username)
			.query(Named::from)
			.optional();
		log(now, account, username, LoginEvent.Kind.SUCCESS, remoteIp);
	}

	/**
	 * The password was wrong (or the user name unknown): counts the failure and logs it; the failure that reaches
	 * {@link SecuritySettings#LOCKOUT_ATTEMPTS} in a row locks the account for {@link SecuritySettings#LOCKOUT_MINUTES}.
	 * The first failure after a lockout has ended counts as the first again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Failure failed(String username, String remoteIp) {
		return failed(username, remoteIp, LoginEvent.Kind.FAILURE);
	}

	/**
	 * A wrong second-factor code after the right password: counted with the wrong passwords, so that the same
	 * lockout ends the guessing of codes.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Failure secondFactorFailed(String username, String remoteIp) {
		return failed(username, remoteIp, LoginEvent.Kind.SECOND_FACTOR_FAILURE);
	}

	private Failure failed(String username, String remoteIp, LoginEvent.Kind kind) {
		OffsetDateTime now = now();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
		PolicySettings.Snapshot policy = this.settings.forDate(today);
		// The row lock of "for update" orders simultaneous failures; each sees the count the one before left.
		Optional<Counted> counted = this.jdbc.sql("""
				with previous as (
				    select id, locked_until from account where lower(username) = lower(:username) for update
				)
				update account a
				set failed_attempts = case when p.locked_until <= :now then 1 else a.failed_attempts + 1 end,
				    locked_until = case
				        when p.locked_until > :now then p.locked_until
				        when (case when p.locked_until <= :now then 1 else a.failed_attempts + 1 end) >= :max
				            then :until
				        end
				from previous p
				where a.id = p.id
				returning a.id, a.username, a.failed_attempts, coalesce(p.locked_until > :now, false) as was_locked,
				          a.locked_until is not null as locked""")
			.param("username", username)
			.param("now", now)
			.param("max", policy.intValue(SecuritySettings.LOCKOUT_ATTEMPTS))
			.param("until", now.plusMinutes(policy.intValue(SecuritySettings.LOCKOUT_MINUTES)))
			.query((rs, row) -> new Counted(Named.from(rs, row), rs.getInt("failed_attempts"),
					!rs.getBoolean("was_locked") && rs.getBoolean("locked")))
			.optional();
		log(now, counted.map(Counted::account), username, kind, remoteIp);
		if (counted.isEmpty()) {
			return Failure.UNKNOWN_ACCOUNT;
		}
		Counted c = counted.get();
		if (c.lockedNow()) {
			log.info("Account {} locked after {} failed sign-ins in a row", c.account().id(), c.attempts());
			// A lockout also signs the account out of the phones it asked to remember.
			this.rememberedPhones.removeUserTokens(c.account().username());
			log(now, counted.map(Counted::account), username, LoginEvent.Kind.LOCKED_OUT, remoteIp);
			alertOnRepeatedLockouts(now, c.account(), remoteIp);
		}
		return new Failure(c.account().id(), c.attempts(), c.lockedNow());
	}

	/**
	 * The {@link #REPEATED_LOCKOUTS}th lockout of an account within {@link #REPEATED_LOCKOUT_WINDOW} (and every one
	 * after it) alerts the administrator: a warning in the log and a {@code REPEATED_LOCKOUT} line in the sign-in log,
	 * which the administrator's home page counts.
	 */
	private void alertOnRepeatedLockouts(OffsetDateTime now, Named account, String remoteIp) {
		Integer lockouts = this.jdbc.sql("""
				select count(*) from login_event
				where account_id = :id and kind = 'LOCKED_OUT' and at > :since""")
			.param("id", account.id())
			.param("since", now.minus(REPEATED_LOCKOUT_WINDOW))
			.query(Integer.class)
			.single();
		if (lockouts >= REPEATED_LOCKOUTS) {
			log.warn("SECURITY ALERT: account {} ({}) locked {} times within {} hours, the last from {}", account.id(),
					account.username(), lockouts, REPEATED_LOCKOUT_WINDOW.toHours(), remoteIp);
			log(now, Optional.of(account), account.username(), LoginEvent.Kind.REPEATED_LOCKOUT, remoteIp);
		}
	}

	/** A signed-in user's request was refused with 403: logged with its method and path, and a log line. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void accessDenied(String username, String method, String path, String remoteIp) {
		log.warn("Refused {} {} to {} from {}", method, path, username, remoteIp);
		log(now(), account(username), username, LoginEvent.Kind.ACCESS_DENIED, remoteIp, method + " " + path);
	}

	/** A spreadsheet was exported (it may hold personal data): logged with the path and filter that chose it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void exported(String username, String pathAndQuery, String remoteIp) {
		log.info("Export {} by {} from {}", pathAndQuery, username, remoteIp);
		log(now(), account(username), username, LoginEvent.Kind.EXPORT, remoteIp, pathAndQuery);
	}

	/** A line of the security log for a signed-in user's action, in the caller's transaction. */
	void record(String username, LoginEvent.Kind kind, String detail) {
		log(now(), account(username), username, kind, null, detail);
	}

	/** A sign-in was refused because the account is locked: logged, not counted. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refusedAsLocked(String username, String remoteIp) {
		log(now(), account(username), username, LoginEvent.Kind.REFUSED_LOCKED, remoteIp);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void loggedOut(String username, String remoteIp) {
		Optional<Named> account = account(username);
		if (account.isPresent()) {
			log(now(), account, username, LoginEvent.Kind.LOGOUT, remoteIp);
		}
	}

	private Optional<Named> account(String username) {
		return this.jdbc.sql("select id, username from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(Named::from)
			.optional();
	}

	/** Logs under the account's own user name when there is an account, else under the name as typed. */
	private void log(OffsetDateTime at, Optional<Named> account, String typed, LoginEvent.Kind kind, String remoteIp) {
		log(at, account, typed, kind, remoteIp, null);
	}

	private void log(OffsetDateTime at, Optional<Named> account, String typed, LoginEvent.Kind kind, String remoteIp,
			String detail) {
		String name = account.map(Named::username).orElse(typed);
		this.jdbc.sql("""
				insert into login_event (at, username, account_id, kind, remote_ip, detail)
				values (:at, :username, :accountId, :kind, :remoteIp, :detail)""")
			.param("detail", detail == null || detail.length() <= 300 ? detail : detail.substring(0, 299) + "…")
			.param("at", at)
			.param("username", name.length() > 100 ? name.substring(0, 100) : name)
			.param("accountId", account.map(Named::id).orElse(null))
			.param("kind", kind.name())
			.param("remoteIp", clip(remoteIp))
			.update();
	}

	private static String clip(String remoteIp) {
		return remoteIp == null || remoteIp.length() <= 64 ? remoteIp : remoteIp.substring(0, 64);
	}

	private OffsetDateTime now() {
		Instant now = this.clock.instant();
		return now.atOffset(ZoneOffset.UTC);
	}

	private record Named(Long id, String username) {

		static Named from(ResultSet rs, int row) throws SQLException {
			return new Named(rs.getLong("id"), rs.getString("username"));
		}
	}

	private record Counted(Named account, int attempts, boolean lockedNow) {
	}
}
