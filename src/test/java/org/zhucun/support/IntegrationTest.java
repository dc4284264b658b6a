package org.zhucun.support;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.zhucun.shared.web.CookieFlashMapManager;

/**
 * Base of the integration tests: the whole application on a random port against the run's PostgreSQL, with the
 * demo district loaded as fixture data, on the clock of {@link TestClock} (so the demo and every test see the same
 * day). All subclasses share one Spring context, so keep their configuration identical (no extra annotations, no
 * @MockitoBean) and let each test make the records it changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zhucun.clock.start=" + TestClock.START,
				"zhucun.security.trusted-proxies=" + IntegrationTest.TRUSTED_PROXY })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public abstract class IntegrationTest {

	/**
	 * The one reverse proxy whose forwarded headers the application believes in the tests (an address of the
	 * documentation range, which no real client has): MockMvc requests from it stand for requests through a proxy.
	 */
	protected static final String TRUSTED_PROXY = "192.0.2.10";

	/** The day of the application's clock in every integration test. */
	protected static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	protected MockMvcTester mvc;

	/** The application's clock, for the times the application records (the day is {@link #TODAY}). */
	@Autowired
	protected Clock clock;

	@LocalServerPort
	protected int port;

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private CsrfTokenRepository csrfTokens;

	/**
	 * MockMvc's {@code csrf()} replaces the shared CSRF filter's token repository with a session-based test one;
	 * this puts the application's own back, so that requests over HTTP (browser tests, {@link FormClient}) meet the
	 * application as it runs.
	 */
	@BeforeEach
	void applicationCsrfTokens() {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(this.context.getServletContext()),
				this.csrfTokens);
	}

	/**
	 * Opens the page a POST redirected to as the same browser would: with the POST's session and its flash message's
	 * cookie (shared.web.CookieFlashMapManager), so that the message shows.
	 */
	protected MvcTestResult followRedirect(MvcTestResult post, RequestPostProcessor user) {
		var request = this.mvc.get().uri(post.getResponse().getRedirectedUrl()).with(user);
		for (String name : new String[] { "SESSION", CookieFlashMapManager.COOKIE }) {
			Cookie cookie = post.getResponse().getCookie(name);
			if (cookie != null) {
				request.cookie(cookie);
			}
		}
		return request.exchange();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Coordinates db = TestDatabase.get();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
	}
}
