package org.zhucun.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.ZhucunApplication;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.FormClient;
import org.zhucun.support.TcpProxy;
import org.zhucun.support.TestClock;
import org.zhucun.support.TestDatabase;

/**
 * The database going away and coming back, as an operator and the users see it. The test runs an application
 * instance of its own (like {@code SharedSessionIT}, on the test run's database) whose connections go through a
 * {@link TcpProxy} that the test closes and opens, so that only this instance loses its database: the shared test
 * context keeps its own connections and is not disturbed. One scenario, because each start costs seconds.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIT {

	private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

	/** What a request may take beyond the connection timeout on a busy build machine. */
	private static final Duration MARGIN = Duration.ofSeconds(3);

	private TcpProxy proxy;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
	}

	@Test
	void waitsForTheDatabaseAtStartAnswersWithTheNoDatabasePageWhileItIsGoneAndRecoversWithoutRestart(
			CapturedOutput output) throws Exception {
		TestDatabase.Coordinates db = TestDatabase.get();
		this.proxy = TcpProxy.inFrontOf(db.url());
		String url = this.proxy.jdbcUrl(db.url());

		// The start waits (zhucun.database.startup-wait) for a database that is not there yet, and says so.
		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() -> start(url, db));
		await().atMost(Duration.ofSeconds(60)).until(() -> output.getOut().contains("Waiting for the database"));
		assertThat(output.getOut()).contains("Waiting for the database jdbc:postgresql://127.0.0.1:" + this.proxy.port())
			.contains("nothing accepts connections at 127.0.0.1:" + this.proxy.port() + " (connection refused)");
		this.proxy.open();
		this.app = starting.get(3, TimeUnit.MINUTES);
		assertThat(output.getOut()).contains("The database jdbc:postgresql://127.0.0.1:" + this.proxy.port());
		int port = Integer.parseInt(this.app.getEnvironment().getProperty("local.server.port"));

		JdbcTemplate pool = new JdbcTemplate(this.app.getBean(DataSource.class));
		assertThat(pool.queryForObject("show statement_timeout", String.class)).as("statement timeout").isEqualTo("30s");

		FormClient user = new FormClient(port);
		assertThat(user.signIn(DemoAccounts.OFFICE, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(user.get("/").statusCode()).isEqualTo(200);
		int failuresBefore = failures(pool);

		this.proxy.refuse();

		// A signed-in user: the session cannot be read, and the no-database page comes within the timeout.
		long started = System.nanoTime();
		HttpResponse<String> page = user.get("/villages");
		assertThat(elapsed(started)).as("time to the no-database page").isLessThan(CONNECTION_TIMEOUT.plus(MARGIN));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("15");
		assertThat(page.body()).contains("系统暂时无法连接数据库，请稍后再试", "本页将在 15 秒后自动重试", "http-equiv=\"refresh\"")
			.doesNotContain("Exception", "at org.");
		assertThat(output.getOut()).contains("Database unavailable: answered GET /villages with the no-database page");

		// A visitor: the sign-in page needs no database; signing in does, and is not counted as a wrong password.
		FormClient visitor = new FormClient(port);
		started = System.nanoTime();
		HttpResponse<String> signIn = visitor.signIn(DemoAccounts.OFFICE, DemoAccounts.PASSWORD);
		assertThat(elapsed(started)).isLessThan(CONNECTION_TIMEOUT.plus(MARGIN));
		assertThat(signIn.statusCode()).isEqualTo(503);
		assertThat(signIn.body()).contains("系统暂时无法连接数据库").doesNotContain("http-equiv=\"refresh\"");

		// In the language the user chose (its cookie; the page does not need the session to know it).
		FormClient englishTab = new FormClient(port);
		englishTab.setCookie("SESSION", user.cookie("SESSION").orElseThrow());
		englishTab.setCookie("zhucun-lang", "en");
		assertThat(englishTab.get("/villages").body()).contains("The system cannot reach its database at the moment");

		// Monitoring sees DOWN within seconds.
		started = System.nanoTime();
		HttpResponse<String> health = health(port);
		assertThat(elapsed(started)).as("time to health DOWN").isLessThan(CONNECTION_TIMEOUT.plus(MARGIN));
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		this.proxy.open();

		// Back without a restart: the session was kept in the database, health is UP again.
		await().atMost(Duration.ofSeconds(30)).until(() -> user.get("/villages").statusCode() == 200);
		assertThat(health(port).body()).contains("UP");
		assertThat(failures(pool)).as("failed sign-ins counted during the outage").isEqualTo(failuresBefore);
		assertThat(user.postWithToken("/", "/logout", Map.of()).statusCode()).isEqualTo(302);
	}

	private static ConfigurableApplicationContext start(String url, TestDatabase.Coordinates db) {
		return new SpringApplicationBuilder(ZhucunApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
					"--spring.datasource.password=" + db.password(), "--spring.main.banner-mode=off",
					"--zhucun.clock.start=" + TestClock.START, "--zhucun.database.startup-wait=120s",
					"--zhucun.database.connection-timeout=" + CONNECTION_TIMEOUT.toSeconds() + "s",
					"--zhucun.database.retry-after=15s");
	}

	private static int failures(JdbcTemplate pool) {
		return pool.queryForObject("select count(*) from login_event where username = ? and kind = 'FAILURE'",
				Integer.class, DemoAccounts.OFFICE);
	}

	private static HttpResponse<String> health(int port) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Duration elapsed(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos);
	}
}
