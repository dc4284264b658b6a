package org.zhucun.identity;

import java.nio.charset.StandardCharsets;

/** The password rule: at least {@value #MIN_LENGTH} characters and not the user name. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/**
	 * The most a password may have, in UTF-8 bytes: BCrypt refuses longer ones (a Chinese character takes three
	 * bytes), so the limit is checked in bytes, not characters.
	 */
	public static final int MAX_LENGTH = 72;

	private PasswordPolicy() {
	}

	/** @return the message key of the broken rule, or {@code null} when the password is acceptable */
	public static String check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.too-short";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
			return "password.too-long";
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			return "password.same-as-username";
		}
		return null;
	}
}
