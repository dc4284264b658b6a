package org.zhucun.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhucun.identity.domain.Account;
import org.zhucun.shared.audit.SqlRecordNames;
import org.zhucun.shared.web.Formats;

/**
 * The audit trail's names of accounts (display name and user name) and of their locks: one set by the administrator
 * lasts until unlocked (stored as a far-future date), a lockout after failed sign-ins until a time.
 */
@Component
class AccountRecordNames extends SqlRecordNames {

	private static final String LOCKED_UNTIL = "lockedUntil";

	private final Formats formats = new Formats();

	AccountRecordNames(JdbcClient jdbc, MessageSource messages) {
		super(Account.class, jdbc, messages, "select id, display_name, username from account where id in (:ids)",
				Map.of("townId", "Town", "unitId", "AidUnit", "cadreId", "Cadre"));
	}

	@Override
	public Optional<String> describe(String property, Object value, Locale locale) {
		if (!LOCKED_UNTIL.equals(property) || !(value instanceof Instant until)) {
			return Optional.empty();
		}
		return Optional.of(Account.isLockedByAdministrator(until) ? message("audit.value.Account.locked-by-admin", locale)
				: message("audit.value.Account.locked-out", locale, this.formats.dateTime(until)));
	}
}
