package org.zhucun.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.zhucun.shared.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests talk to, chosen once per test run: {@code TEST_DATABASE_URL} when set (a fresh database
 * is created on that server and dropped at the end); else a Testcontainers PostgreSQL when a Docker engine answers;
 * else the embedded PostgreSQL in a temporary folder.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	/** JDBC URL, user name and password of the database of this test run. */
	public record Coordinates(String url, String username, String password) {
	}

	private static Coordinates coordinates;

	/** A database on the same server that outlives the run's own, to create and drop further ones from. */
	private static String serverUrl;

	private TestDatabase() {
	}

	public static synchronized Coordinates get() {
		if (coordinates == null) {
			coordinates = start();
			String configured = System.getenv("TEST_DATABASE_URL");
			serverUrl = configured != null && !configured.isBlank() ? configured.trim() : coordinates.url();
		}
		return coordinates;
	}

	/**
	 * A further empty database on the server of this run, dropped at the end, for an application started outside the
	 * tests' own context ({@code StartScriptIT}). The run's user must be allowed to create databases, as it is on
	 * {@code TEST_DATABASE_URL}, in Testcontainers and in the embedded PostgreSQL.
	 */
	public static Coordinates another(String purpose) {
		Coordinates run = get();
		return freshDatabaseOn(serverUrl, run.username(), run.password(), "zhucun_" + purpose);
	}

	private static Coordinates start() {
		String configured = System.getenv("TEST_DATABASE_URL");
		if (configured != null && !configured.isBlank()) {
			return freshDatabaseOn(configured.trim());
		}
		if (dockerAnswers()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			log.info("Tests use a Testcontainers PostgreSQL");
			return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			Path dir = Files.createTempDirectory("zhucun-test-pg");
			EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("data"));
			pg.createDatabaseIfMissing("zhucun_test");
			// Spring Boot runs its shutdown handlers after it has closed the application contexts.
			SpringApplication.getShutdownHandlers().add(() -> {
				pg.close();
				deleteTree(dir);
			});
			log.info("Tests use the embedded PostgreSQL on port {}", pg.port());
			return new Coordinates(pg.jdbcUrl("zhucun_test"), pg.username(), "");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Creates {@code zhucun_test_<time>_<pid>} on the server of {@code TEST_DATABASE_URL}.
	 */
	private static Coordinates freshDatabaseOn(String url) {
		return freshDatabaseOn(url, System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres"),
				System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""), "zhucun_test");
	}

	/**
	 * Creates {@code <prefix>_<time>_<pid>} on the server of the given URL (whose user must be allowed to create
	 * databases) and drops it when the tests end.
	 */
	private static Coordinates freshDatabaseOn(String url, String user, String password, String prefix) {
		String name = prefix + "_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + url, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
			catch (SQLException ex) {
				log.warn("Could not drop the test database {}: {}", name, ex.getMessage());
			}
		}));
		String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
		String databaseUrl = base.substring(0, base.lastIndexOf('/') + 1) + name + query;
		log.info("Tests use the fresh database {} on {}", name, base);
		return new Coordinates(databaseUrl, user, password);
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static void deleteTree(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder left behind is harmless.
		}
	}
}
