package org.zhucun.shared.database;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's connection pool, in front of which a request that finds every connection in use waits its turn
 * rather than failing: many members saving at once must not see the no-database page because the database is busy.
 * <p>
 * The pool gives up on a wait for a connection after the connection timeout (3 s), which makes an unreachable
 * database show the no-database page quickly. A busy database looks the same to the pool, so this tells the two
 * apart: the pool reports a failure to connect as the cause of its timeout (its last connection failure), and a wait
 * without such a cause means that the connections were all in use (or a new one was slow to be made). Then the
 * request asks again, up to the busy wait ({@code zhucun.database.busy-wait}) in all; an unreachable database still
 * fails at the first timeout after the pool's attempt to connect failed.
 */
final class QueuingDataSource extends DelegatingDataSource implements Closeable {

	private final HikariDataSource pool;

	private final long busyWaitNanos;

	QueuingDataSource(HikariDataSource pool, Duration busyWait) {
		super(pool);
		this.pool = pool;
		this.busyWaitNanos = busyWait.toNanos();
	}

	@Override
	public Connection getConnection() throws SQLException {
		long deadline = System.nanoTime() + this.busyWaitNanos;
		while (true) {
			try {
				return this.pool.getConnection();
			}
			catch (SQLTransientConnectionException ex) {
				if (!busy(ex) || System.nanoTime() - deadline >= 0) {
					throw ex;
				}
			}
		}
	}

	/**
	 * @return whether the pool's timeout came from its connections being in use or slow to be made, not from failing
	 * to connect: the pool gives its last failure to connect as the cause (how many connections are idle at this
	 * moment says nothing, one may have come back just as the wait ended)
	 */
	private static boolean busy(SQLTransientConnectionException timeout) {
		return timeout.getCause() == null;
	}

	/** Closes the pool when the application stops (the container calls the close method of the bean it holds). */
	@Override
	public void close() {
		this.pool.close();
	}

	@Override
	public String toString() {
		return "QueuingDataSource of " + this.pool;
	}
}
