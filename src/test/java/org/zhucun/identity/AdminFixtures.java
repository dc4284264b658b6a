package org.zhucun.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Fixture records for the administration tests, written with SQL so that they do not depend on the organisation
 * module's services: a town, an aid unit, a cadre (unique names), and accounts made through {@link AccountService}.
 * Also a real sign-in through the login form, returning the session cookie.
 */
public final class AdminFixtures {

	public static final String PASSWORD = "Correct-horse-1";

	private final JdbcClient jdbc;

	private final AccountService accounts;

	public AdminFixtures(JdbcClient jdbc, AccountService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public static String unique(String prefix) {
		return prefix + System.nanoTime();
	}

	public Long town(String name) {
		return this.jdbc.sql("""
				insert into town (name, sort_order, active, version, created_at, modified_at)
				values (:name, 0, true, 0, now(), now()) returning id""").param("name", name).query(Long.class).single();
	}

	public Long unit(String name) {
		return this.jdbc.sql("""
				insert into aid_unit (name, kind, active, version, created_at, modified_at)
				values (:name, 'GOVERNMENT', true, 0, now(), now()) returning id""")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	public Long cadre(Long unitId, String name) {
		return this.jdbc.sql("""
				insert into cadre (unit_id, name, gender, active, version, created_at, modified_at)
				values (:unit, :name, 'FEMALE', true, 0, now(), now()) returning id""")
			.param("unit", unitId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/** Creates an account with {@link #PASSWORD} that need not change it; @return its id */
	public Long account(String username, Role role, Long townId, Long unitId, Long cadreId) {
		this.accounts.createInitial(new AccountCommand(username, "Name " + username, role, townId, unitId, cadreId),
				PASSWORD, false);
		return accountId(username);
	}

	public Long accountId(String username) {
		return this.jdbc.sql("select id from account where lower(username) = lower(:u)")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	/** @return how many sign-in log lines of the kind the user name has */
	public int loginEvents(String username, String kind) {
		return this.jdbc.sql("select count(*) from login_event where username = :u and kind = :k")
			.param("u", username)
			.param("k", kind)
			.query(Integer.class)
			.single();
	}

	/** Posts the login form, as a browser does. */
	public static MvcTestResult signIn(MockMvcTester mvc, String username, String password) {
		return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password).exchange();
	}

	/**
	 * Signs in an account that must give a second factor and has none yet: the password, then the enrolment with the
	 * code of the secret the page shows, as a user with an authenticator app does.
	 * @return the signed-in session
	 */
	public static Cookie signInEnrolling(MockMvcTester mvc, String username, Clock clock) {
		Cookie pending = sessionCookie(signIn(mvc, username, PASSWORD));
		String secret = shownSecret(mvc.get().uri("/login/second-factor/enrol").cookie(pending).exchange());
		MvcTestResult enrolled = mvc.post()
			.uri("/login/second-factor/enrol")
			.cookie(pending)
			.with(csrf())
			.param("code", Totp.code(secret, Totp.step(clock.instant())))
			.exchange();
		return sessionCookie(enrolled);
	}

	/** @return the secret the enrolment page shows (without its spaces) */
	public static String shownSecret(MvcTestResult enrolPage) {
		Matcher secret = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<")
			.matcher(contentOf(enrolPage));
		if (!secret.find()) {
			throw new AssertionError("No secret on the page");
		}
		return secret.group(1).replace(" ", "");
	}

	static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the session cookie the response set */
	public static Cookie sessionCookie(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("No session cookie in the response");
		}
		return cookie;
	}
}
