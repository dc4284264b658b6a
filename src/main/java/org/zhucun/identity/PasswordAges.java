package org.zhucun.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.PolicySettings;

/**
 * The age of each account's password ({@code account.password_changed_at}): set whenever a password is set, and
 * judged at sign-in against the setting {@link SecuritySettings#PASSWORD_MAX_AGE_DAYS}, so that a password older than
 * that has to be changed before anything else (demo accounts of the demo profile exempt).
 */
@Component
class PasswordAges {

	private final JdbcClient jdbc;

	private final PolicySettings settings;

	private final DemoAccounts demo;

	private final Clock clock;

	PasswordAges(JdbcClient jdbc, PolicySettings settings, DemoAccounts demo, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.demo = demo;
		this.clock = clock;
	}

	/** Notes that the account's password was set now. */
	void changed(Long accountId) {
		this.jdbc.sql("update account set password_changed_at = :now where id = :id")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("id", accountId)
			.update();
	}

	/** @return whether the account's password is older than the setting allows (never for an exempt demo account) */
	boolean isExpired(String username) {
		if (this.demo.isExempt(username)) {
			return false;
		}
		Optional<OffsetDateTime> changed = this.jdbc
			.sql("select password_changed_at from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(OffsetDateTime.class)
			.optional();
		if (changed.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		return changed.get().toInstant().plus(Duration.ofDays(maxAgeDays())).isBefore(now);
	}

	/** @return the setting's value in force today */
	int maxAgeDays() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
		return this.settings.intValue(SecuritySettings.PASSWORD_MAX_AGE_DAYS, today);
	}
}
