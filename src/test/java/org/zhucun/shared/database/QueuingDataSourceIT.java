package org.zhucun.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import org.junit.jupiter.api.Test;
import org.zhucun.support.TestDatabase;

/**
 * A request that finds every connection of the pool in use waits past the pool's connection timeout for its turn;
 * an unreachable database still fails at the first timeout.
 */
class QueuingDataSourceIT {

	@Test
	void aRequestWaitsForABusyPoolPastItsConnectionTimeout() throws Exception {
		AtomicInteger timeouts = new AtomicInteger();
		CountDownLatch timedOut = new CountDownLatch(1);
		try (HikariDataSource pool = pool(TestDatabase.get().url())) {
			pool.setMetricsTrackerFactory((name, stats) -> new IMetricsTracker() {

				@Override
				public void recordConnectionTimeout() {
					timeouts.incrementAndGet();
					timedOut.countDown();
				}
			});
			QueuingDataSource queuing = new QueuingDataSource(pool, Duration.ofSeconds(60));
			CompletableFuture<Integer> waiter;
			try (Connection only = queuing.getConnection()) {
				waiter = CompletableFuture.supplyAsync(() -> {
					try (Connection next = queuing.getConnection(); Statement statement = next.createStatement()) {
						statement.execute("select 1");
						return 1;
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
				// The one connection stays in use until the pool has given up on the waiter once.
				assertThat(timedOut.await(60, TimeUnit.SECONDS)).isTrue();
				assertThat(waiter).isNotDone();
			}
			assertThat(waiter.get(60, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(timeouts.get()).isPositive();
		}
	}

	@Test
	void anUnreachableDatabaseFailsAtTheFirstTimeout() {
		// Nothing listens on port 9 (discard) here: every attempt to connect fails.
		try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:9/zhucun")) {
			QueuingDataSource queuing = new QueuingDataSource(pool, Duration.ofMinutes(10));
			long started = System.nanoTime();
			assertThatThrownBy(queuing::getConnection).isInstanceOf(SQLTransientConnectionException.class)
				.hasCauseInstanceOf(Exception.class);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
		}
	}

	/** A pool of one connection that gives up on a wait after a quarter of a second. */
	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(TestDatabase.get().username());
		pool.setPassword(TestDatabase.get().password());
		pool.setMaximumPoolSize(1);
		pool.setMinimumIdle(1);
		pool.setConnectionTimeout(250);
		pool.setValidationTimeout(250);
		pool.setInitializationFailTimeout(-1);
		return pool;
	}
}
