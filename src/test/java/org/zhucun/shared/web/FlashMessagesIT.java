package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AdminFixtures;
import org.zhucun.identity.Role;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;

/**
 * The message after a change travels to the next page in a signed cookie (shared.web.CookieFlashMapManager), not in
 * the session store: the page shows it once, and a cookie changed in the browser shows nothing and breaks nothing.
 */
class FlashMessagesIT extends IntegrationTest {

	private static final String CHANGED = "密码已修改。";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	String username;

	@BeforeEach
	void account() {
		this.username = AdminFixtures.unique("flash.");
		new AdminFixtures(this.jdbc, this.accounts).account(this.username, Role.OFFICE_STAFF, null, null, null);
	}

	@Test
	void theMessageAfterAChangeIsShownOnceAndNeverStoredInTheSession() throws Exception {
		FormClient browser = signedIn();

		HttpResponse<String> changed = changePassword(browser);
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith(CookieFlashMapManager.COOKIE + "=").contains("HttpOnly",
					"SameSite=Lax", "Max-Age=180"));
		assertThat(sessionAttributes(browser, "%Flash%")).isZero();
		assertThat(sessionAttributes(browser, "%")).as("the session store is there").isPositive();

		HttpResponse<String> home = browser.get(changed.headers().firstValue("Location").orElseThrow());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(CHANGED);
		assertThat(browser.cookie(CookieFlashMapManager.COOKIE)).as("taken, so cleared").isEmpty();
		assertThat(browser.get("/").body()).doesNotContain(CHANGED);
	}

	@Test
	void aCookieChangedInTheBrowserShowsNothing() throws Exception {
		FormClient browser = signedIn();
		assertThat(changePassword(browser).statusCode()).isEqualTo(302);
		String value = browser.cookie(CookieFlashMapManager.COOKIE).orElseThrow();
		int dot = value.indexOf('.');
		String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.ISO_8859_1);
		assertThat(payload).contains("password.changed");
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("password.changed", "password.expired").getBytes(StandardCharsets.ISO_8859_1))
				+ value.substring(dot);

		HttpResponse<String> changed = tab(browser, forged).get("/");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).doesNotContain(CHANGED).doesNotContain("alert-success");
		// the cookie as signed shows the message
		assertThat(tab(browser, value).get("/").body()).contains(CHANGED);
	}

	/** @return another tab of the browser's session holding the flash cookie's value */
	private FormClient tab(FormClient browser, String flash) {
		FormClient tab = new FormClient(this.port);
		tab.setCookie("SESSION", browser.cookie("SESSION").orElseThrow());
		tab.setCookie(CookieFlashMapManager.COOKIE, flash);
		return tab;
	}

	private FormClient signedIn() throws Exception {
		FormClient browser = new FormClient(this.port);
		assertThat(browser.signIn(this.username, AdminFixtures.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	private static HttpResponse<String> changePassword(FormClient browser) throws Exception {
		return browser.postWithToken("/account/password", "/account/password", Map.of("currentPassword",
				AdminFixtures.PASSWORD, "newPassword", "Another-horse-72", "repeatPassword", "Another-horse-72"));
	}

	/** @return how many attributes whose name is like the pattern the browser's session holds in the store */
	private int sessionAttributes(FormClient browser, String like) {
		String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()),
				StandardCharsets.UTF_8);
		return this.jdbc.sql("select count(*) from spring_session_attributes a join spring_session s"
				+ " on s.primary_id = a.session_primary_id where s.session_id = :id and a.attribute_name like :like")
			.param("id", sessionId)
			.param("like", like)
			.query(Integer.class)
			.single();
	}
}
