package org.zhucun.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.support.IntegrationTest;

/**
 * The pool's connections carry the timeouts of the settings; migrations and long jobs run without them, and a long
 * job's lifting ends with its transaction.
 */
class DatabaseTimeoutsIT extends IntegrationTest {

	private static final ConnectionCallback<Integer> NETWORK_TIMEOUT = Connection::getNetworkTimeout;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Flyway flyway;

	@Test
	void theApplicationsConnectionsHaveTheTimeoutsOfTheSettings() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(show(connection, "statement_timeout")).isEqualTo("30s");
			assertThat(connection.getNetworkTimeout()).isEqualTo(35_000);
		}
	}

	@Test
	void aLongJobLiftsTheTimeoutsForItsTransactionOnly() {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			LongStatements.allowInThisTransaction(this.jdbc);
			assertThat(this.jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("0");
			assertThat(this.jdbc.execute(NETWORK_TIMEOUT)).isZero();
		});
		// The pool hands this thread the connection it used last: back to the limits.
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			assertThat(this.jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("30s");
			assertThat(this.jdbc.execute(NETWORK_TIMEOUT)).isEqualTo(35_000);
		});
	}

	@Test
	void migrationsRunWithoutTheTimeouts() throws Exception {
		DataSource migrations = this.flyway.getConfiguration().getDataSource();
		assertThat(migrations).isNotSameAs(this.dataSource);
		try (Connection connection = migrations.getConnection()) {
			assertThat(show(connection, "statement_timeout")).isEqualTo("0");
			assertThat(connection.getNetworkTimeout()).isZero();
		}
	}

	private static String show(Connection connection, String setting) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
