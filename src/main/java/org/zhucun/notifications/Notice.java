package org.zhucun.notifications;

import java.util.Collection;
import java.util.List;

/**
 * One notice to a set of accounts: what kind of occasion, its title as a message key with arguments (shown in each
 * reader's language), where it leads, and a dedup key naming the occasion so that it is never sent twice.
 * @param accountIds the accounts that receive it (accounts that do not exist or are inactive are left out)
 * @param kind the occasion's kind, e.g. {@code monthlyreports.returned}
 * @param titleKey message key of the title
 * @param args the title's arguments, kept as text (dates as 2026-11-28)
 * @param href the page it leads to, e.g. {@code /monthly-reports/12}; may be null
 * @param dedupKey names the occasion; a second notice with the same key is not sent; null to send always
 */
public record Notice(Collection<Long> accountIds, String kind, String titleKey, Object[] args, String href,
		String dedupKey) {

	public Notice {
		accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
		args = args == null ? new Object[0] : args.clone();
		if (kind == null || kind.isBlank() || titleKey == null || titleKey.isBlank()) {
			throw new IllegalArgumentException("A notice needs a kind and a title key");
		}
	}
}
