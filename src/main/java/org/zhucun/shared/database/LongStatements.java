package org.zhucun.shared.database;

import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Lifts the statement and network timeouts for the rest of the current transaction, for the few jobs that run long
 * by nature (loading a city-sized demo district); the pool restores both when the connection comes back.
 */
public final class LongStatements {

	private LongStatements() {
	}

	/** Must run inside a transaction: {@code set local} ends with it. */
	public static void allowInThisTransaction(JdbcOperations jdbc) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			connection.setNetworkTimeout(Runnable::run, 0);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local statement_timeout = 0");
			}
			return null;
		});
	}
}
