package org.zhucun.shared.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;

/** Reads errors for signs of a database that cannot be reached or does not answer in time. */
final class DatabaseFaults {

	/**
	 * SQL states of an unusable database: connection exceptions (class 08), the server shutting down or starting
	 * (57P01, 57P02, 57P03), too many connections (53300), and a statement cancelled at its timeout (57014).
	 */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");

	private DatabaseFaults() {
	}

	/** @return whether the throwable, or any of its causes, says that the database is unreachable or too slow */
	static boolean isUnavailable(Throwable thrown) {
		return any(thrown, t -> t instanceof SQLTransientConnectionException
				|| t instanceof SQLNonTransientConnectionException || t instanceof SQLTimeoutException
				|| t instanceof CannotGetJdbcConnectionException || t instanceof QueryTimeoutException
				|| t instanceof jakarta.persistence.QueryTimeoutException
				|| (t instanceof SQLException sql && sql.getSQLState() != null
						&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))));
	}

	/**
	 * @return whether the throwable came from the database at all; when the connection breaks inside a transaction,
	 * the failed rollback replaces the original error, so that only asking the database tells an outage from a bug
	 */
	static boolean involvesDatabase(Throwable thrown) {
		return any(thrown, t -> t instanceof SQLException || t instanceof DataAccessException
				|| t instanceof TransactionException || t instanceof PersistenceException);
	}

	/** @return the innermost cause's message, for a one-line log entry */
	static String rootMessage(Throwable thrown) {
		Throwable root = thrown;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < 30) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/** Looks at the throwable, its causes and the exceptions suppressed along the way. */
	private static boolean any(Throwable thrown, Predicate<Throwable> test) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> todo = new ArrayDeque<>();
		todo.add(thrown);
		while (!todo.isEmpty() && seen.size() < 100) {
			Throwable t = todo.poll();
			if (t == null || !seen.add(t)) {
				continue;
			}
			if (test.test(t)) {
				return true;
			}
			if (t.getCause() != null) {
				todo.add(t.getCause());
			}
			Collections.addAll(todo, t.getSuppressed());
			if (t instanceof SQLException sql && sql.getNextException() != null) {
				todo.add(sql.getNextException());
			}
		}
		return false;
	}
}
