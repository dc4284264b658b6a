package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;

/**
 * Visitors who have not signed in cause no writes: neither the sign-in page nor the redirect to it stores a session.
 * The sign-in form still carries a CSRF token (in a cookie), and a forged post is still refused.
 */
class AnonymousVisitorsIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSignInPageAndTheRedirectToItStoreNoSession() throws Exception {
		long before = sessions();
		FormClient visitor = new FormClient(this.port);

		HttpResponse<String> login = visitor.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(FormClient.csrfToken(login.body())).isNotBlank();
		HttpResponse<String> home = visitor.get("/villages");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(visitor.get("/login?lang=en").statusCode()).isEqualTo(200);

		assertThat(visitor.cookie("SESSION")).as("session cookie").isEmpty();
		assertThat(sessions()).as("stored sessions").isEqualTo(before);
	}

	@Test
	void signingInStartsTheSessionAndReturnsToThePageAskedFor() throws Exception {
		FormClient visitor = new FormClient(this.port);
		assertThat(visitor.get("/villages").statusCode()).isEqualTo(302);

		HttpResponse<String> signIn = visitor.signIn(DemoAccounts.OFFICE, DemoAccounts.PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/villages"));
		assertThat(visitor.cookie("SESSION")).isPresent();
		assertThat(visitor.get("/villages").statusCode()).isEqualTo(200);
	}

	@Test
	void aForgedSignInIsRefused() throws Exception {
		Map<String, String> form = Map.of("username", DemoAccounts.OFFICE, "password", DemoAccounts.PASSWORD);

		FormClient forger = new FormClient(this.port);
		assertRefused(forger.post("/login", form), "without a token");

		// A token taken from the page by another browser, without that browser's cookie.
		String someonesToken = FormClient.csrfToken(new FormClient(this.port).get("/login").body());
		Map<String, String> withToken = Map.of("username", DemoAccounts.OFFICE, "password", DemoAccounts.PASSWORD,
				"_csrf", someonesToken);
		assertRefused(forger.post("/login", withToken), "with another browser's token");
		assertThat(forger.cookie("SESSION")).isEmpty();
		assertThat(forger.get("/villages").statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	void aForgedPostOfASignedInUserIsRefused() throws Exception {
		FormClient user = new FormClient(this.port);
		assertThat(user.signIn(DemoAccounts.OFFICE, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(user.get("/villages").statusCode()).isEqualTo(200);

		assertRefused(user.post("/logout", Map.of()), "sign-out without a token");
		assertThat(user.get("/villages").statusCode()).as("still signed in").isEqualTo(200);
		assertThat(user.postWithToken("/villages", "/logout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(user.get("/villages").statusCode()).isEqualTo(302);
	}

	/** A post without a valid token goes back to its form marked as expired (ExpiredForms), and is not carried out. */
	private static void assertRefused(HttpResponse<String> answer, String what) {
		assertThat(answer.statusCode()).as(what).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location")).as(what)
			.hasValueSatisfying(l -> assertThat(l).contains("expired"));
	}

	private long sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}
}
