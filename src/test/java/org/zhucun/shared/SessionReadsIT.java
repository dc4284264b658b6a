package org.zhucun.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AdminFixtures;
import org.zhucun.identity.Role;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;

/**
 * The session store behind the request's memo ({@link SessionReads}): a browser keeps its session across the
 * redirects that commit an answer early, a change after such a redirect is kept, and signing out ends the session.
 */
class SessionReadsIT extends IntegrationTest {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void theApplicationReadsItsSessionsThroughTheMemo() {
		assertThat(AopUtils.isCglibProxy(this.sessions)).isTrue();
	}

	@Test
	void aBrowserKeepsItsSessionAcrossRedirectsAndSigningOutEndsIt() throws Exception {
		String username = AdminFixtures.unique("reads.");
		new AdminFixtures(this.jdbc, this.accounts).account(username, Role.OFFICE_STAFF, null, null, null);
		FormClient browser = new FormClient(this.port);
		// Signing in answers with a redirect (committed before the filters end) and changes the session's id.
		assertThat(browser.signIn(username, AdminFixtures.PASSWORD).statusCode()).isEqualTo(302);
		String cookie = browser.cookie("SESSION").orElseThrow();
		assertThat(stored(cookie)).isEqualTo(1);

		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(username);
		// A change answered with a redirect, then the next page in the same session.
		HttpResponse<String> changed = browser.postWithToken("/account/password", "/account/password",
				Map.of("currentPassword", AdminFixtures.PASSWORD, "newPassword", "Another-horse-72", "repeatPassword",
						"Another-horse-72"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);

		assertThat(browser.postWithToken("/", "/logout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(stored(cookie)).as("the session is gone from the store").isZero();
		FormClient oldTab = new FormClient(this.port);
		oldTab.setCookie("SESSION", cookie);
		HttpResponse<String> after = oldTab.get("/");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	/** @return how many sessions of the cookie's id the store holds */
	private int stored(String cookie) {
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		return this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}
}
