package org.zhucun.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The display names of accounts by user name, many at once, e.g. to say who made the changes of a page, and the user
 * names of a display name, to search by it.
 */
@Component
public class AccountNames {

	private final JdbcClient jdbc;

	AccountNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the display name of each user name that belongs to an account (compared regardless of case), keyed by
	 * the user name as given; user names without an account are left out
	 */
	public Map<String, String> displayNames(Collection<String> usernames) {
		Set<String> lowered = usernames.stream()
			.filter(u -> u != null && !u.isBlank())
			.map(u -> u.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		if (lowered.isEmpty()) {
			return Map.of();
		}
		Map<String, String> byLowered = new HashMap<>();
		this.jdbc.sql("select lower(username), display_name from account where lower(username) in (:usernames)")
			.param("usernames", lowered)
			.query((rs, n) -> byLowered.put(rs.getString(1), rs.getString(2)))
			.list();
		Map<String, String> names = new HashMap<>();
		for (String username : usernames) {
			String name = username == null ? null : byLowered.get(username.toLowerCase(Locale.ROOT));
			if (name != null) {
				names.put(username, name);
			}
		}
		return names;
	}

	/** @return the user names of the accounts with that display name (compared regardless of case), in any order */
	public List<String> usernamesCalled(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			return List.of();
		}
		return this.jdbc.sql("select username from account where lower(display_name) = lower(:name)")
			.param("name", displayName.strip())
			.query(String.class)
			.list();
	}
}
