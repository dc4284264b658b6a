package org.zhucun.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data between runs, listens on loopback only and never on 5432. Run as root (as
 * the build machine does) this exercises the start in a user namespace ({@code unshare --user}).
 */
class EmbeddedPostgresIT {

	@TempDir
	Path folder;

	@Test
	void keepsItsDataBetweenRunsAndListensOnLoopbackOnly() throws Exception {
		Path data = this.folder.resolve("data");
		String url;
		EmbeddedPostgres first = EmbeddedPostgres.start(data);
		try {
			assertThat(first.port()).isNotEqualTo(5432);
			first.createDatabaseIfMissing("kept");
			url = first.jdbcUrl("kept");
			assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
			try (Connection c = connect(first, "kept"); Statement s = c.createStatement()) {
				s.execute("create table note (id int primary key, text varchar(20))");
				s.execute("insert into note values (1, '驻村通')");
				assertThat(single(s, "show listen_addresses")).isEqualTo("127.0.0.1");
				assertThat(single(s, "show data_directory")).isEqualTo(data.toAbsolutePath().normalize().toString());
			}
			for (InetAddress address : otherAddresses()) {
				assertThat(accepts(address, first.port())).as("listening on %s", address).isFalse();
			}
		}
		finally {
			first.close();
		}
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
			.as("the server is stopped")
			.isInstanceOf(SQLException.class);

		EmbeddedPostgres second = EmbeddedPostgres.start(data);
		try {
			assertThat(second.port()).isNotEqualTo(5432);
			second.createDatabaseIfMissing("kept");
			try (Connection c = connect(second, "kept"); Statement s = c.createStatement()) {
				assertThat(single(s, "select text from note where id = 1")).isEqualTo("驻村通");
			}
		}
		finally {
			second.close();
		}
	}

	private static Connection connect(EmbeddedPostgres pg, String database) throws SQLException {
		return DriverManager.getConnection(pg.jdbcUrl(database), pg.username(), "");
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}

	/** @return this machine's IPv4 addresses other than loopback */
	private static List<InetAddress> otherAddresses() throws SocketException {
		return Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
			.toList();
	}

	private static boolean accepts(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
