package org.zhucun.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.domain.Account;
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

	private final JdbcClient jdbc;

	private final PersistentTokenRepository rememberedPhones;

	private final Clock clock;

	SignIns(JdbcClient jdbc, PersistentTokenRepository rememberedPhones, Clock clock) {
		this.jdbc = jdbc;
		this.rememberedPhones = rememberedPhones;
		this.clock = clock;
	}

	/** The password was right: the failures in a row start again and the sign-in is logged. */
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
	 * {@link Account#MAX_FAILED_ATTEMPTS} in a row locks the account for {@link Account#LOCKOUT}. The first failure
	 * after a lockout has ended counts as the first again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Failure failed(String username, String remoteIp) {
		OffsetDateTime now = now();
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
			.param("max", Account.MAX_FAILED_ATTEMPTS)
			.param("until", now.plus(Account.LOCKOUT))
			.query((rs, row) -> new Counted(Named.from(rs, row), rs.getInt("failed_attempts"),
					!rs.getBoolean("was_locked") && rs.getBoolean("locked")))
			.optional();
		log(now, counted.map(Counted::account), username, LoginEvent.Kind.FAILURE, remoteIp);
		if (counted.isEmpty()) {
			return Failure.UNKNOWN_ACCOUNT;
		}
		Counted c = counted.get();
		if (c.lockedNow()) {
			log.info("Account {} locked after {} failed sign-ins in a row", c.account().id(), c.attempts());
			// A lockout also signs the account out of the phones it asked to remember.
			this.rememberedPhones.removeUserTokens(c.account().username());
			log(now, counted.map(Counted::account), username, LoginEvent.Kind.LOCKED_OUT, remoteIp);
		}
		return new Failure(c.account().id(), c.attempts(), c.lockedNow());
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
		String name = account.map(Named::username).orElse(typed);
		this.jdbc.sql("""
				insert into login_event (at, username, account_id, kind, remote_ip)
				values (:at, :username, :accountId, :kind, :remoteIp)""")
			.param("at", at)
			.param("username", name.length() > 100 ? name.substring(0, 100) : name)
			.param("accountId", account.map(Named::id).orElse(null))
			.param("kind", kind.name())
			.param("remoteIp", remoteIp == null || remoteIp.length() <= 64 ? remoteIp : remoteIp.substring(0, 64))
			.update();
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
