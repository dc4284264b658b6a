package org.zhucun.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhucun.ZhucunApplication;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.TestDatabase;

/**
 * Two instances of the application on one database share their sessions (Spring Session JDBC): a sign-in on one is
 * valid on the other, and signing out on either ends it on both.
 */
class SharedSessionIT {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() {
		instanceA = start();
		instanceB = start();
	}

	@AfterAll
	static void stopInstances() {
		if (instanceB != null) {
			instanceB.close();
		}
		if (instanceA != null) {
			instanceA.close();
		}
	}

	@Test
	void signInOnOneInstanceIsValidOnTheOtherAndSignOutEndsItOnBoth() throws Exception {
		String session = signIn(instanceA, DemoAccounts.OFFICE);

		HttpResponse<String> homeOnB = get(instanceB, "/", session);
		assertThat(homeOnB.statusCode()).isEqualTo(200);
		assertThat(homeOnB.body()).contains("您好，" + DemoAccounts.OFFICE_NAME);
		assertThat(get(instanceB, "/", null).statusCode()).as("without the session cookie").isEqualTo(302);

		String csrf = find(CSRF_META, homeOnB.body());
		HttpResponse<String> logout = post(instanceB, "/logout", session, Map.of("_csrf", csrf));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

		HttpResponse<String> homeOnA = get(instanceA, "/", session);
		assertThat(homeOnA.statusCode()).isEqualTo(302);
		assertThat(homeOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	/** Signs in on an instance the way a browser does and returns the session cookie's value. */
	private String signIn(ConfigurableApplicationContext instance, String username) throws Exception {
		HttpResponse<String> form = get(instance, "/login", null);
		assertThat(form.statusCode()).isEqualTo(200);
		String session = sessionCookie(form).orElseThrow(() -> new AssertionError("GET /login set no SESSION cookie"));
		HttpResponse<String> result = post(instance, "/login", session,
				Map.of("username", username, "password", DemoAccounts.PASSWORD, "_csrf", find(CSRF_INPUT, form.body())));
		assertThat(result.statusCode()).isEqualTo(302);
		assertThat(result.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		// The session id changes at sign-in (protection against session fixation).
		return sessionCookie(result).orElse(session);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session,
			Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
			.filter(v -> !v.isEmpty())
			.reduce((first, second) -> second);
	}

	private static String find(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as("%s in the page", pattern).isTrue();
		return m.group(1);
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
	}

	/**
	 * Starts an instance on a free port against the test run's database, in the demo profile so that the demo accounts
	 * exist (the generator skips when another context loaded the district already).
	 */
	private static ConfigurableApplicationContext start() {
		TestDatabase.Coordinates db = TestDatabase.get();
		return new SpringApplicationBuilder(ZhucunApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
					"--spring.datasource.password=" + db.password(), "--spring.main.banner-mode=off");
	}
}
