package org.zhucun.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.domain.LoginEvent;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.settings.SettingDefinition;

/**
 * The second factor (README "Security"): who must give one, the enrolment of an authenticator app with its ten
 * recovery codes, the check of a code at sign-in, and the administrator's reset. Wrong codes count with wrong
 * passwords towards the lockout ({@link SignIns}).
 */
@Service
@Transactional
public class SecondFactors {

	private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

	/** The name the authenticator app shows above the code. */
	static final String ISSUER = "驻村通";

	/** Recovery codes given at each enrolment. */
	public static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The outcome of a code typed at sign-in. */
	public enum Check {
		/** The app's code of now. */
		ACCEPTED,
		/** An unused recovery code, now used up. */
		RECOVERY_CODE_ACCEPTED,
		/** Neither: counted as a failed sign-in. */
		WRONG,
		/** The account is locked (by this failure or before): the sign-in ends. */
		LOCKED
	}

	/** A new secret to enrol: the secret in Base32 and the {@code otpauth://} address of the app. */
	public record Enrolment(String secret, String uri) implements java.io.Serializable {
	}

	private final JdbcClient jdbc;

	private final PolicySettings settings;

	private final DemoAccounts demo;

	private final SecondFactorSecrets secrets;

	private final SignIns signIns;

	private final ScopeService scopes;

	private final Clock clock;

	SecondFactors(JdbcClient jdbc, PolicySettings settings, DemoAccounts demo, SecondFactorSecrets secrets,
			SignIns signIns, ScopeService scopes, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.demo = demo;
		this.secrets = secrets;
		this.signIns = signIns;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * @return whether the account must sign in with a second factor: the administrator always, the other roles as
	 * the settings {@link SecuritySettings#SECOND_FACTOR_ROLES} say; the demo accounts of the demo profile not while
	 * {@link SecuritySettings#SECOND_FACTOR_DEMO_EXEMPT} is on
	 */
	@Transactional(readOnly = true)
	public boolean required(String username, Role role) {
		PolicySettings.Snapshot policy = this.settings.forDate(today());
		if (this.demo.isExempt(username) && policy.booleanValue(SecuritySettings.SECOND_FACTOR_DEMO_EXEMPT)) {
			return false;
		}
		if (role == Role.OFFICE_ADMIN) {
			return true;
		}
		SettingDefinition setting = SecuritySettings.SECOND_FACTOR_ROLES.get(role);
		return setting != null && policy.booleanValue(setting);
	}

	/** @return whether the account has enrolled an authenticator app */
	@Transactional(readOnly = true)
	public boolean enrolled(String username) {
		return this.jdbc.sql("select totp_secret is not null from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** @return whether the account (by id) has enrolled an authenticator app, for the administrator's pages */
	@Transactional(readOnly = true)
	public boolean enrolled(Long accountId) {
		return this.jdbc.sql("select totp_secret is not null from account where id = :id")
			.param("id", accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** @return a new secret for the account to add to its app; nothing is stored before {@link #enrol} */
	public Enrolment newEnrolment(String username) {
		String secret = Totp.newSecret();
		return new Enrolment(secret, Totp.uri(ISSUER, username, secret));
	}

	/**
	 * Enrols the secret when the code is the app's code of now: stores the secret (sealed) and ten new recovery
	 * codes, logged.
	 * @return the recovery codes, to show once; empty when the code was wrong (counted as a failed sign-in)
	 */
	public Optional<List<String>> enrol(String username, String secret, String code, String remoteIp) {
		Long id = accountId(username);
		OptionalLong step = Totp.matchingStep(secret, code, Totp.step(this.clock.instant()));
		if (step.isEmpty()) {
			this.signIns.secondFactorFailed(username, remoteIp);
			return Optional.empty();
		}
		this.jdbc.sql("""
				update account set totp_secret = :secret, totp_enrolled_at = :now, totp_last_step = :step
				where id = :id""")
			.param("secret", this.secrets.seal(secret))
			.param("now", now())
			.param("step", step.getAsLong())
			.param("id", id)
			.update();
		List<String> codes = newRecoveryCodes(id);
		this.signIns.record(username, LoginEvent.Kind.SECOND_FACTOR_ENROLLED, null);
		log.info("Account {} enrolled a second factor", id);
		return Optional.of(codes);
	}

	/**
	 * Checks a code typed at sign-in: six digits are the app's code (each accepted once), anything else a recovery
	 * code (used up). A wrong one counts as a failed sign-in; a locked account is refused whatever it types.
	 */
	public Check check(String username, String code, String remoteIp) {
		Long id = accountId(username);
		if (locked(id)) {
			return Check.LOCKED;
		}
		String typed = code == null ? "" : code.replace(" ", "").replace("-", "").trim().toUpperCase(Locale.ROOT);
		Check outcome = typed.matches("\\d{" + Totp.DIGITS + "}") ? checkAppCode(id, typed) : useRecoveryCode(id, typed);
		if (outcome == Check.WRONG) {
			SignIns.Failure failure = this.signIns.secondFactorFailed(username, remoteIp);
			return failure.lockedNow() || locked(id) ? Check.LOCKED : Check.WRONG;
		}
		if (outcome == Check.RECOVERY_CODE_ACCEPTED) {
			this.signIns.record(username, LoginEvent.Kind.RECOVERY_CODE_USED, null);
		}
		return outcome;
	}

	/** @return the account's recovery codes not yet used */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String username) {
		return this.jdbc.sql("""
				select count(*) from account_recovery_code c join account a on a.id = c.account_id
				where lower(a.username) = lower(:username) and c.used_at is null""")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	/**
	 * The administrator removes another account's second factor (a lost phone): the app's secret and the recovery
	 * codes go, the account enrols again at its next sign-in; logged with the administrator's name.
	 */
	public void reset(Long accountId) {
		DataScope admin = this.scopes.requireOfficeAdmin();
		if (accountId.equals(admin.accountId())) {
			throw BusinessRuleException.global("second-factor.cannot-reset-own");
		}
		String username = this.jdbc.sql("""
				update account set totp_secret = null, totp_enrolled_at = null, totp_last_step = null
				where id = :id returning username""")
			.param("id", accountId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> BusinessRuleException.global("second-factor.no-account"));
		this.jdbc.sql("delete from account_recovery_code where account_id = :id").param("id", accountId).update();
		this.signIns.record(username, LoginEvent.Kind.SECOND_FACTOR_RESET, admin.username());
		log.info("Second factor of account {} reset by account {}", accountId, admin.accountId());
	}

	private Check checkAppCode(Long id, String code) {
		String stored = this.jdbc.sql("select totp_secret from account where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (stored == null) {
			return Check.WRONG;
		}
		OptionalLong step = Totp.matchingStep(this.secrets.open(stored), code, Totp.step(this.clock.instant()));
		if (step.isEmpty()) {
			return Check.WRONG;
		}
		// Each code once: a code seen (e.g. over a shoulder) and typed again within its 30 seconds is refused.
		int used = this.jdbc.sql("""
				update account set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)""")
			.param("step", step.getAsLong())
			.param("id", id)
			.update();
		return used == 1 ? Check.ACCEPTED : Check.WRONG;
	}

	private Check useRecoveryCode(Long id, String code) {
		if (code.isEmpty() || code.length() > 20) {
			return Check.WRONG;
		}
		int used = this.jdbc.sql("""
				update account_recovery_code set used_at = :now
				where account_id = :id and code_hash = :hash and used_at is null""")
			.param("now", now())
			.param("id", id)
			.param("hash", hash(code))
			.update();
		return used == 1 ? Check.RECOVERY_CODE_ACCEPTED : Check.WRONG;
	}

	private List<String> newRecoveryCodes(Long id) {
		this.jdbc.sql("delete from account_recovery_code where account_id = :id").param("id", id).update();
		List<String> codes = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder(11);
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			this.jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (:id, :hash)")
				.param("id", id)
				.param("hash", hash(code.toString()))
				.update();
			codes.add(code.insert(5, '-').toString());
		}
		return codes;
	}

	/** Recovery codes are random (50 bits), not chosen: a plain SHA-256 keeps them from being read back. */
	static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return whether the account is locked now (after too many wrong passwords or codes) */
	@Transactional(readOnly = true)
	public boolean locked(String username) {
		return locked(accountId(username));
	}

	private boolean locked(Long id) {
		return this.jdbc.sql("select coalesce(locked_until > :now, false) from account where id = :id")
			.param("now", now())
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private Long accountId(String username) {
		return this.jdbc.sql("select id from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
	}
}
