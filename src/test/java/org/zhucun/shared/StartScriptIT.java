package org.zhucun.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.FormClient;
import org.zhucun.support.TestClock;
import org.zhucun.support.TestDatabase;

/**
 * {@code bin/start} as an operator runs it, on the jar the build just packaged (the failsafe phase comes after
 * {@code package}), with the Java that runs the tests: the first start processes the beans ahead of time (Spring
 * AOT, with these arguments), makes the cache with a training start and then starts the application from both; the
 * application serves as {@code java -jar} does (three roles sign in, pages, a save, a refusal by method security, the
 * demo district of the {@code demo} profile the processing saw), on the integration tests' clock
 * ({@link TestClock}). A second start with the same arguments uses what the first made; a start with other arguments
 * makes it again, since the beans may differ.
 */
class StartScriptIT {

	private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d*)\"");

	@TempDir
	static Path home;

	private static TestDatabase.Coordinates db;

	private Process running;

	@BeforeAll
	static void copyTheScriptAndTheJar() throws IOException {
		Files.createDirectories(home.resolve("bin"));
		Path script = Files.copy(Path.of("bin/start"), home.resolve("bin/start"));
		assertThat(script.toFile().setExecutable(true)).isTrue();
		Files.createDirectories(home.resolve("target"));
		try (Stream<Path> jars = Files.list(Path.of("target"))) {
			Path jar = jars.filter(p -> p.getFileName().toString().matches("zhucun-.*\\.jar"))
				.filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no target/zhucun-*.jar: run the integration tests with mvn verify"));
			Files.copy(jar, home.resolve("target").resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
		}
		db = TestDatabase.another("start");
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (this.running != null) {
			stopTree(this.running);
		}
	}

	@Test
	void startsFromItsAheadOfTimeProcessingAndCacheAndServesAsJavaJarDoes() throws Exception {
		int port = freePort();
		Path log = home.resolve("first.log");
		this.running = start(log, port);
		awaitServing(log, port, Duration.ofMinutes(10));

		assertThat(Files.readString(log)).contains("start: unpacking", "Starting AOT-processed ZhucunApplication");
		Path app = home.resolve("target/app");
		assertThat(app.resolve("spring-aot")).as("the marker of the ahead-of-time processing").exists();
		assertThat(Stream.of("zhucun.aot", "zhucun.jsa").map(app::resolve).filter(Files::isRegularFile).toList())
			.as("the cache").singleElement().satisfies(cache -> assertThat(Files.size(cache)).isPositive());
		assertThat(app.resolve("spring-aot-work")).doesNotExist();

		// The demo district (the demo profile's beans, chosen when the beans were processed) and the office's page.
		FormClient office = new FormClient(port);
		assertThat(office.signIn(DemoAccounts.OFFICE, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> overview = office.get("/attendance/overview");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains(DemoAccounts.TOWN_OF_DEMO);

		// Method security and the role rules: a town official is refused the office administrator's accounts.
		FormClient town = new FormClient(port);
		assertThat(town.signIn(DemoAccounts.TOWN, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(town.get("/").statusCode()).isEqualTo(200);
		assertThat(town.get("/admin/accounts").statusCode()).isEqualTo(403);

		// A member saves the day (a transaction through the processed beans): the record is the member's own, newer.
		FormClient member = new FormClient(port);
		assertThat(member.signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
		String day = member.get("/attendance").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("status", "IN_VILLAGE");
		form.put("overnight", "true");
		form.put("_overnight", "on");
		form.put("version", version(day));
		form.put("_csrf", FormClient.csrfToken(day));
		HttpResponse<String> saved = member.post("/attendance/today", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/attendance"));
		assertThat(memberToday()).isEqualTo("IN_VILLAGE true SELF");
		assertThat(version(member.get("/attendance").body())).isNotEqualTo(form.get("version"));
		stopTree(this.running);

		// The same arguments again: what the first start made is used as it is.
		Path second = home.resolve("second.log");
		this.running = start(second, port);
		awaitServing(second, port, Duration.ofMinutes(3));
		assertThat(Files.readString(second)).contains("Starting AOT-processed ZhucunApplication")
			.doesNotContain("start: unpacking");
		stopTree(this.running);

		// Other arguments may choose other beans: the processing and the cache are made again.
		Path third = home.resolve("third.log");
		this.running = start(third, port, "--zhucun.start-check=other");
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> Files.readString(third).contains("start: unpacking"));
	}

	private Process start(Path log, int port, String... more) throws IOException {
		List<String> command = new ArrayList<>(List.of(home.resolve("bin/start").toString(),
				"--spring.profiles.active=demo", "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--server.port=" + port, "--zhucun.clock.start=" + TestClock.START));
		command.addAll(List.of(more));
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("ZHUCUN_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().remove("JAVA_OPTS");
		return builder.start();
	}

	/** Until the real start (not the training start, whose output goes to target/app) answers the sign-in page. */
	private void awaitServing(Path log, int port, Duration limit) {
		await().atMost(limit).pollInterval(Duration.ofMillis(200)).until(() -> {
			assertThat(this.running.isAlive()).as("bin/start ended early: %s", tail(log)).isTrue();
			return Files.readString(log, StandardCharsets.UTF_8).contains("Started ZhucunApplication")
					&& new FormClient(port).get("/login").statusCode() == 200;
		});
	}

	/** SIGTERM to the script or the JVM it became, and to whatever it started (a training start, the processing). */
	private static void stopTree(Process process) throws InterruptedException {
		List<ProcessHandle> children = process.descendants().toList();
		process.destroy();
		children.forEach(ProcessHandle::destroy);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		for (ProcessHandle child : children) {
			child.onExit().orTimeout(2, TimeUnit.MINUTES).exceptionally(ex -> {
				child.destroyForcibly();
				return child;
			}).join();
		}
	}

	private static String version(String dayPage) {
		Matcher version = VERSION.matcher(dayPage);
		return version.find() ? version.group(1) : "";
	}

	/** The demo member's record of the day, as "status overnight source". */
	private static String memberToday() throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				PreparedStatement statement = connection.prepareStatement("""
						select d.status || ' ' || d.overnight || ' ' || d.source from day_record d
						join account a on a.cadre_id = d.cadre_id where a.username = ? and d.day = ?""")) {
			statement.setString(1, DemoAccounts.MEMBER);
			statement.setObject(2, TestClock.TODAY);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("the member's record of %s", TestClock.TODAY).isTrue();
				return rows.getString(1);
			}
		}
	}

	private static String tail(Path log) {
		try {
			String text = Files.readString(log, StandardCharsets.UTF_8);
			return text.substring(Math.max(0, text.length() - 4000));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
