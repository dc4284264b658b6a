package org.zhucun.shared.database;

/**
 * Decides whether an error means that the database is unavailable: the error says so (no connection, connection
 * lost, timeout), or it came from the database without saying why and a connection of our own cannot be made
 * either (a rollback on a broken connection hides the first error).
 */
public class DatabaseOutages {

	private final DatabaseProbe probe;

	DatabaseOutages(DatabaseProbe probe) {
		this.probe = probe;
	}

	/** @return whether the error is explained by a database that cannot be reached or does not answer in time */
	public boolean explains(Throwable error) {
		return DatabaseFaults.isUnavailable(error)
				|| (DatabaseFaults.involvesDatabase(error) && !this.probe.reachable());
	}
}
