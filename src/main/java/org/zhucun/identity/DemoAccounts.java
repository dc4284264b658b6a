package org.zhucun.identity;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo accounts ({@code admin}, {@code office}, …, password {@code demo1234}): exempt from the password's age and
 * the second factor, but only where the demo profile is active. Anywhere else an account of one of these names is an
 * ordinary account and meets every rule.
 */
@Component
public class DemoAccounts {

	/** The user names of the demo district's accounts. */
	public static final List<String> USERNAMES = List.of("admin", "office", "town", "unit", "leader", "member",
			"cadre");

	private final boolean demoProfile;

	@Autowired
	DemoAccounts(Environment environment) {
		this(environment.acceptsProfiles(Profiles.of("demo")));
	}

	DemoAccounts(boolean demoProfile) {
		this.demoProfile = demoProfile;
	}

	/** @return whether the demo profile is active */
	public boolean demoProfile() {
		return this.demoProfile;
	}

	/** @return whether the account is a demo account of the demo profile, exempt from the age and second factor */
	public boolean isExempt(String username) {
		return this.demoProfile && username != null && USERNAMES.contains(username.toLowerCase(Locale.ROOT));
	}
}
