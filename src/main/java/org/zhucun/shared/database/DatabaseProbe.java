package org.zhucun.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.core.env.Environment;

/**
 * Opens a connection of its own (not from the pool) to the configured database, within the connection timeout, to
 * learn whether the database answers at all.
 */
final class DatabaseProbe {

	private static final long REMEMBER_NANOS = Duration.ofSeconds(1).toNanos();

	private final String url;

	private final Properties properties = new Properties();

	private volatile long lastProbe;

	private volatile boolean lastReachable;

	DatabaseProbe(String url, String user, String password, Duration timeout) {
		this.url = url;
		this.properties.setProperty("user", user == null ? "" : user);
		this.properties.setProperty("password", password == null ? "" : password);
		String seconds = Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000));
		this.properties.setProperty("connectTimeout", seconds);
		this.properties.setProperty("loginTimeout", seconds);
		this.properties.setProperty("socketTimeout", seconds);
	}

	static DatabaseProbe of(Environment environment, DatabaseSettings settings) {
		return new DatabaseProbe(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""), settings.connectionTimeout());
	}

	/** @return why no connection could be made, or {@code null} when one could */
	SQLException connect() {
		try (Connection connection = DriverManager.getConnection(this.url, this.properties)) {
			return null;
		}
		catch (SQLException ex) {
			return ex;
		}
	}

	/** @return whether the database answers; a result is reused for a second, so that an outage is probed rarely */
	boolean reachable() {
		long now = System.nanoTime();
		if (this.lastProbe != 0 && now - this.lastProbe < REMEMBER_NANOS) {
			return this.lastReachable;
		}
		boolean reachable = connect() == null;
		this.lastReachable = reachable;
		this.lastProbe = System.nanoTime();
		return reachable;
	}
}
