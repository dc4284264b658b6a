package org.zhucun.shared.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the application waits for its database ({@code zhucun.database.*}, environment
 * {@code ZHUCUN_DATABASE_*}).
 *
 * @param connectionTimeout how long a request waits for a connection (from the pool, or a new one) before it gets
 * the no-database page; also the TCP connect and login timeout of a new connection
 * @param statementTimeout how long one SQL statement may run before PostgreSQL cancels it ({@code 0} for no limit);
 * the driver gives up on an answer that takes this long plus {@link #NETWORK_MARGIN}, so a vanished network ends too
 * @param startupWait how long the start waits for an unreachable database, trying again every two seconds
 * ({@code 0}: stop at once with the message)
 * @param retryAfter when the no-database page suggests trying again (also its Retry-After header and reload)
 * @param busyWait how long in all a request waits for a connection when the database answers but every connection of
 * the pool is in use (many users at once), before it gets the no-database page ({@link QueuingDataSource})
 */
@ConfigurationProperties("zhucun.database")
public record DatabaseSettings(@DefaultValue("3s") Duration connectionTimeout,
		@DefaultValue("30s") Duration statementTimeout, @DefaultValue("0s") Duration startupWait,
		@DefaultValue("30s") Duration retryAfter, @DefaultValue("60s") Duration busyWait) {

	/** Added to the statement timeout for the driver's own read timeout, so that PostgreSQL's cancel comes first. */
	public static final Duration NETWORK_MARGIN = Duration.ofSeconds(5);

	/** @return the driver's read timeout: the statement timeout plus the margin, or none when statements have none */
	public Duration networkTimeout() {
		return this.statementTimeout.isZero() ? Duration.ZERO : this.statementTimeout.plus(NETWORK_MARGIN);
	}
}
