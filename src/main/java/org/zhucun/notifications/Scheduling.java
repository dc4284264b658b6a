package org.zhucun.notifications;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time, with a ShedLock lock in the database table {@code shedlock} (the
 * database's time decides). Jobs that must act once per occasion also send their notices with dedup keys, so that a
 * job run again after a restart, or by a second instance after the lock expired, sends nothing twice.
 */
@Component
public class Scheduling {

	private final LockingTaskExecutor executor;

	public Scheduling(DataSource dataSource) {
		LockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
		this.executor = new DefaultLockingTaskExecutor(provider);
	}

	/**
	 * Runs the job unless another instance holds its lock.
	 * @param name the job's lock name
	 * @param atMost how long the lock holds if the instance dies while running it
	 * @param atLeast how long the lock holds after the job ended, so that instances whose clocks differ a little do
	 * not run it again right after
	 * @return whether the job ran here
	 */
	public boolean runLocked(String name, Duration atMost, Duration atLeast, Runnable job) {
		LockingTaskExecutor.TaskResult<Boolean> result;
		try {
			result = this.executor.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, new LockConfiguration(Instant.now(), name, atMost, atLeast));
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		return result.wasExecuted();
	}
}
