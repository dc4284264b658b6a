package org.zhucun.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Creates the first office administrator of a new installation from configuration
 * ({@code ZHUCUN_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD}); the password must be changed at the first sign-in.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	private final boolean demo;

	InitialAdministrator(AccountService accounts, Environment environment,
			@Value("${zhucun.bootstrap-admin.username:}") String username,
			@Value("${zhucun.bootstrap-admin.password:}") String password) {
		this.accounts = accounts;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.username.isBlank() || this.password.isBlank()) {
			// The demo district brings its own accounts.
			if (!this.demo && this.accounts.count() == 0) {
				log.warn("No accounts exist yet. Set ZHUCUN_BOOTSTRAP_ADMIN_USERNAME and ZHUCUN_BOOTSTRAP_ADMIN_PASSWORD "
						+ "to create the first office administrator.");
			}
			return;
		}
		if (PasswordPolicy.check(this.username, this.password) != null) {
			throw new IllegalStateException("ZHUCUN_BOOTSTRAP_ADMIN_PASSWORD breaks the password rule (README, Security): at"
					+ " least " + PasswordPolicy.MIN_LENGTH + " characters of three kinds, not the user name, not a common"
					+ " password");
		}
		this.accounts.createInitial(new AccountCommand(this.username, this.username, Role.OFFICE_ADMIN, null, null, null),
				this.password, true);
	}
}
