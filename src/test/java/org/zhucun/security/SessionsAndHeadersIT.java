package org.zhucun.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.AccountService;
import org.zhucun.identity.AdminFixtures;
import org.zhucun.identity.Role;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Sessions and headers: the absolute session lifetime, the security headers with and without a trusted proxy,
 * redirects that never take a spoofed host, sign-ins throttled by client address, and the administrator alerted when
 * an account is locked again and again.
 */
class SessionsAndHeadersIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	AdminFixtures fixtures;

	String username;

	@BeforeEach
	void account() {
		this.fixtures = new AdminFixtures(this.jdbc, this.accounts);
		this.username = AdminFixtures.unique("sess.");
		this.fixtures.account(this.username, Role.OFFICE_STAFF, null, null, null);
	}

	@Test
	void aSessionEndsTwelveHoursAfterTheSignInHoweverActive() throws Exception {
		FormClient browser = new FormClient(this.port);
		assertThat(browser.signIn(this.username, AdminFixtures.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(browser.get("/villages").statusCode()).isEqualTo(200);
		String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()),
				StandardCharsets.UTF_8);

		age(sessionId, Duration.ofHours(11).plusMinutes(50));
		assertThat(browser.get("/villages").statusCode()).as("11 h 50 min after the sign-in").isEqualTo(200);

		age(sessionId, Duration.ofMinutes(20));
		HttpResponse<String> ended = browser.get("/villages");
		assertThat(ended.statusCode()).as("12 h 10 min after the sign-in").isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).isEqualTo("/login?expired");
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Integer.class)
			.single()).isZero();
		assertThat(browser.get("/login?expired").body()).contains("登录已超时，请重新登录");
	}

	@Test
	void everyPageCarriesReferrerAndPermissionsPoliciesButNoHstsOverPlainHttp() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.9")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()",
				"microphone=()", "geolocation=(self)");
		// Forwarded headers from an address that is not a trusted proxy are ignored: still plain HTTP.
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
		HttpResponse<String> script = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/favicon.ico")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(script.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void behindTheTrustedProxySayingHttpsCookiesAreSecureAndHstsIsSent() {
		MvcTestResult page = this.mvc.get()
			.uri("/login")
			.with(from(TRUSTED_PROXY))
			.header("X-Forwarded-Proto", "https")
			.exchange();
		assertThat(page.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000",
				"includeSubDomains");
		assertThat(page.getResponse().getHeaders("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));

		// The same headers from another address are not believed.
		MvcTestResult spoofed = this.mvc.get()
			.uri("/login")
			.with(from("198.51.100.20"))
			.header("X-Forwarded-Proto", "https")
			.exchange();
		assertThat(spoofed.getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void theSessionCookieOfASignInIsSecureBehindTheTrustedProxySayingHttpsOnly() {
		MvcTestResult proxied = this.mvc.post()
			.uri("/login")
			.with(from(TRUSTED_PROXY))
			.header("X-Forwarded-Proto", "https")
			.with(csrf())
			.param("username", this.username)
			.param("password", AdminFixtures.PASSWORD)
			.exchange();
		assertThat(proxied).hasStatus3xxRedirection();
		assertThat(AdminFixtures.sessionCookie(proxied).getSecure()).isTrue();
		assertThat(AdminFixtures.sessionCookie(proxied).isHttpOnly()).isTrue();

		// The same claim from an address that is not a trusted proxy: a plain cookie, as over plain HTTP.
		MvcTestResult spoofed = this.mvc.post()
			.uri("/login")
			.with(from("198.51.100.21"))
			.header("X-Forwarded-Proto", "https")
			.with(csrf())
			.param("username", this.username)
			.param("password", AdminFixtures.PASSWORD)
			.exchange();
		assertThat(spoofed).hasStatus3xxRedirection();
		assertThat(AdminFixtures.sessionCookie(spoofed).getSecure()).isFalse();
	}

	@Test
	void theClientAddressIsTakenFromTheTrustedProxyOnly() {
		this.mvc.post()
			.uri("/login")
			.with(from(TRUSTED_PROXY))
			.with(csrf())
			.header("X-Forwarded-For", "203.0.113.5")
			.param("username", this.username)
			.param("password", "wrong-password")
			.exchange();
		this.mvc.post()
			.uri("/login")
			.with(from("198.51.100.21"))
			.with(csrf())
			.header("X-Forwarded-For", "203.0.113.6")
			.param("username", this.username)
			.param("password", "wrong-password")
			.exchange();
		assertThat(this.jdbc.sql("select remote_ip from login_event where username = :u and kind = 'FAILURE' order by id")
			.param("u", this.username)
			.query(String.class)
			.list()).containsExactly("203.0.113.5", "198.51.100.21");
	}

	@Test
	void redirectsNeverTakeTheHostOfTheRequest() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /villages HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
					StandardCharsets.ISO_8859_1));
			List<String> head = in.lines().takeWhile(line -> !line.isEmpty()).toList();
			assertThat(head.get(0)).contains("302");
			assertThat(head).filteredOn(line -> line.regionMatches(true, 0, "Location:", 0, 9))
				.singleElement()
				.satisfies(location -> assertThat(location.substring(9).strip()).isEqualTo("/login"));
		}
	}

	@Test
	void anAddressWithTooManyFailuresIsRefusedWithTheSameMessageEvenWithTheRightPassword() {
		String attacker = "198.51.100." + (30 + (int) (Math.random() * 200));
		for (int i = 0; i < 20; i++) {
			assertThat(signInFrom(attacker, "nobody" + i + "." + this.username, "Guess-" + i)).redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(signInFrom(attacker, this.username, AdminFixtures.PASSWORD)).redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(this.fixtures.loginEvents(this.username, "REFUSED_THROTTLED")).isEqualTo(1);
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isZero();
		// The account itself was not counted against, and from another address it signs in.
		assertThat(signInFrom("198.51.100.250", this.username, AdminFixtures.PASSWORD)).redirectedUrl()
			.isEqualTo("/");
	}

	@Test
	void anAccountLockedThreeTimesADayAlertsTheAdministrator() {
		Long id = this.fixtures.accountId(this.username);
		for (int lockout = 1; lockout <= 3; lockout++) {
			for (int i = 0; i < 5; i++) {
				AdminFixtures.signIn(this.mvc, this.username, "wrong-password");
			}
			this.jdbc.sql("update account set locked_until = :past where id = :id")
				.param("past", java.time.OffsetDateTime.now(this.clock).minusSeconds(1))
				.param("id", id)
				.update();
			assertThat(this.fixtures.loginEvents(this.username, "REPEATED_LOCKOUT")).as("after lockout " + lockout)
				.isEqualTo(lockout < 3 ? 0 : 1);
		}
		assertThat(this.mvc.get().uri("/").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("账号多次被锁定");
		assertThat(this.mvc.get().uri("/admin/audit/logins?kind=REPEATED_LOCKOUT").with(TestUsers.officeAdmin()))
			.hasStatusOk()
			.bodyText()
			.contains(this.username, "警示：账号多次被锁定");
	}

	private MvcTestResult signInFrom(String address, String user, String password) {
		return this.mvc.post()
			.uri("/login")
			.with(from(address))
			.with(csrf())
			.param("username", user)
			.param("password", password)
			.exchange();
	}

	private void age(String sessionId, Duration by) {
		this.jdbc.sql("update spring_session set creation_time = creation_time - :ms where session_id = :id")
			.param("ms", by.toMillis())
			.param("id", sessionId)
			.update();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
