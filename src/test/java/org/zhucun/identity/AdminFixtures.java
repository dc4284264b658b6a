package org.zhucun.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

	/** @return the session cookie the response set */
	public static Cookie sessionCookie(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("No session cookie in the response");
		}
		return cookie;
	}
}
