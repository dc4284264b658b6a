package org.zhucun.shared.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Connects once to the configured database before anything else starts, and stops the start with one plain
 * paragraph when that fails: the database's address (never its password), the cause, and what to check. With
 * {@code zhucun.database.startup-wait} it first keeps trying for that long, for a database that starts after the
 * application (Docker Compose, systemd); a wrong password or a missing database stops at once.
 */
final class DatabaseStartupCheck {

	static final String NOT_CONFIGURED = "No database is configured. Set SPRING_DATASOURCE_URL, "
			+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a PostgreSQL database, or start with the "
			+ "'local' profile (./mvnw spring-boot:run does) to use the embedded PostgreSQL.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);

	private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

	private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

	private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)((?:ssl)?password=)[^&;]*");

	private final Environment environment;

	private final DatabaseSettings settings;

	DatabaseStartupCheck(Environment environment, DatabaseSettings settings) {
		this.environment = environment;
		this.settings = settings;
	}

	void run() {
		String url = this.environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url)) {
			throw new DatabaseStartupException(NOT_CONFIGURED);
		}
		String user = this.environment.getProperty("spring.datasource.username", "");
		DatabaseProbe probe = DatabaseProbe.of(this.environment, this.settings);
		long started = System.nanoTime();
		long deadline = started + this.settings.startupWait().toNanos();
		long lastReport = 0;
		for (int attempt = 1;; attempt++) {
			SQLException failure = probe.connect();
			if (failure == null) {
				if (attempt > 1) {
					log.info("The database {} answers now, after {} s", redact(url), seconds(System.nanoTime() - started));
				}
				return;
			}
			Problem problem = Problem.of(failure, url, user);
			long now = System.nanoTime();
			if (!problem.worthWaiting() || now >= deadline) {
				throw new DatabaseStartupException(message(url, user, problem, seconds(now - started)), failure);
			}
			if (attempt == 1 || now - lastReport >= REPORT_EVERY.toNanos()) {
				log.warn("Waiting for the database {} (user {}): {}; trying again for up to {} s more", redact(url), user,
						problem.cause(), seconds(deadline - now));
				lastReport = now;
			}
			pause(Math.min(RETRY_EVERY.toNanos(), deadline - now));
		}
	}

	private String message(String url, String user, Problem problem, long triedSeconds) {
		StringBuilder text = new StringBuilder("The application cannot start: the database ").append(redact(url));
		if (StringUtils.hasText(user)) {
			text.append(" (user ").append(user).append(')');
		}
		text.append(" cannot be used: ").append(problem.cause()).append(". ").append(problem.check());
		if (problem.worthWaiting()) {
			if (this.settings.startupWait().isZero()) {
				text.append(" To wait for a database that starts after the application, set ZHUCUN_DATABASE_STARTUP_WAIT"
						+ " (e.g. 60s).");
			}
			else {
				text.append(" Tried for ").append(triedSeconds).append(" s (ZHUCUN_DATABASE_STARTUP_WAIT).");
			}
		}
		return text.toString();
	}

	/** @return the URL without the values of password parameters */
	static String redact(String url) {
		return SECRET_PARAMETER.matcher(url).replaceAll("$1***");
	}

	private static long seconds(long nanos) {
		return Math.max(0, Math.round(nanos / 1e9));
	}

	private static void pause(long nanos) {
		try {
			Thread.sleep(Math.max(1, nanos / 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DatabaseStartupException("The start was interrupted while waiting for the database.");
		}
	}

	/** What went wrong, in words, what to check, and whether the database may still come. */
	record Problem(String cause, String check, boolean worthWaiting) {

		static Problem of(SQLException failure, String url, String user) {
			Properties parsed = org.postgresql.Driver.parseURL(url, null);
			String host = parsed == null ? "?" : parsed.getProperty("PGHOST", "localhost");
			String port = parsed == null ? "?" : parsed.getProperty("PGPORT", "5432");
			String database = parsed == null ? "?" : parsed.getProperty("PGDBNAME", "");
			String state = failure.getSQLState() == null ? "" : failure.getSQLState();
			if (parsed == null) {
				return new Problem("it is not a PostgreSQL JDBC URL (" + failure.getMessage() + ")",
						"Set SPRING_DATASOURCE_URL to jdbc:postgresql://host:port/database.", false);
			}
			if (causedBy(failure, UnknownHostException.class)) {
				return new Problem("the host name " + host + " is not known",
						"Check the host in SPRING_DATASOURCE_URL and this machine's name service (DNS, /etc/hosts).", true);
			}
			if (causedBy(failure, ConnectException.class)) {
				return new Problem("nothing accepts connections at " + host + ":" + port + " (connection refused)",
						"Check that PostgreSQL is running there and listens on that address and port (listen_addresses "
								+ "and port in postgresql.conf), that no firewall blocks it, and that "
								+ "SPRING_DATASOURCE_URL names the right host and port.",
						true);
			}
			if (causedBy(failure, SocketTimeoutException.class)) {
				return new Problem("no answer from " + host + ":" + port + " in time",
						"Check the network and any firewall between this machine and " + host + ":" + port
								+ ", and that PostgreSQL is running there.",
						true);
			}
			return switch (state) {
				case "3D000" -> new Problem("the database \"" + database + "\" does not exist on that server",
						"Create it (e.g. as the postgres user: createdb -O " + (user.isBlank() ? "<user>" : user) + " "
								+ database + ") or correct the database name at the end of SPRING_DATASOURCE_URL.",
						false);
				case "28P01", "28000" -> new Problem("the server refused the user \"" + user + "\" ("
						+ failure.getMessage() + ")",
						"Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that pg_hba.conf on the "
								+ "server lets this user connect from this machine.",
						false);
				case "57P03" -> new Problem("the server is starting up or shutting down",
						"Wait until PostgreSQL has started, or check its log.", true);
				case "53300" -> new Problem("the server has no free connection (too many connections)",
						"Check max_connections on the server and what else holds connections to it.", true);
				default -> new Problem("PostgreSQL answered: " + failure.getMessage(),
						"Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and "
								+ "the server's log.",
						true);
			};
		}

		private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
			int depth = 0;
			for (Throwable t = failure; t != null && depth++ < 30; t = t.getCause()) {
				if (type.isInstance(t)) {
					return true;
				}
			}
			return false;
		}
	}
}
