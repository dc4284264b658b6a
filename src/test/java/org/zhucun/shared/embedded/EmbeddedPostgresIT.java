package org.zhucun.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.impl.NoOpLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data between runs, listens on loopback only and never on 5432, reports its
 * start to the given log, and stops when the application that started it is killed. Run as root (as the build
 * machine does) this exercises the start in a user namespace ({@code unshare --user}).
 */
class EmbeddedPostgresIT {

	@TempDir
	Path folder;

	@Test
	void keepsItsDataBetweenRunsAndListensOnLoopbackOnly() throws Exception {
		Path data = this.folder.resolve("data");
		String url;
		RecordingLog firstLog = new RecordingLog();
		EmbeddedPostgres first = EmbeddedPostgres.start(data, firstLog);
		try {
			// What the application's log shows of the start (its deferred log, in the application).
			assertThat(firstLog.lines).anySatisfy(l -> assertThat(l).startsWith("Embedded PostgreSQL creates a new cluster"))
				.anySatisfy(l -> assertThat(l).startsWith("PostgreSQL: ").contains("ready to accept connections"))
				.anySatisfy(l -> assertThat(l).isEqualTo("Embedded PostgreSQL " + EmbeddedPostgres.VERSION
						+ " listening on 127.0.0.1:" + first.port()));
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

		RecordingLog secondLog = new RecordingLog();
		EmbeddedPostgres second = EmbeddedPostgres.start(data, secondLog);
		try {
			assertThat(secondLog.lines).anySatisfy(l -> assertThat(l).startsWith("Embedded PostgreSQL reuses the data"));
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

	@Test
	void stopsWhenTheApplicationThatStartedItIsKilled() throws Exception {
		Path data = this.folder.resolve("killed");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process application = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresChild.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try {
			int port = readyPort(application);
			assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("server up").isTrue();
			assertThat(data.resolve("postmaster.pid")).exists();

			application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

			await().atMost(Duration.ofSeconds(30))
				.until(() -> !Files.exists(data.resolve("postmaster.pid"))
						&& !accepts(InetAddress.getLoopbackAddress(), port));
			assertThat(Files.readString(data.resolve("server.log")))
				.contains("zhucun watchdog: the application that started this server is gone");
		}
		finally {
			application.destroyForcibly();
			if (Files.exists(data.resolve("postmaster.pid"))) {
				// The watchdog failed: a start on the same folder stops the server left running.
				EmbeddedPostgres.start(data).close();
			}
		}
	}

	/** @return the port the child application printed once its server was up */
	private static int readyPort(Process application) throws Exception {
		BufferedReader out = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<Integer> ready = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				Integer port = null;
				while ((line = out.readLine()) != null) {
					if (port == null && line.startsWith("READY ")) {
						port = Integer.parseInt(line.substring(6).trim());
						break;
					}
				}
				// Keep reading, so that the child never blocks on a full pipe.
				Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
				drain.setDaemon(true);
				drain.start();
				return port;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		Integer port = ready.get(3, TimeUnit.MINUTES);
		assertThat(port).as("the child application started its server").isNotNull();
		return port;
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

	/** Collects what the embedded PostgreSQL reports at info level. */
	static final class RecordingLog extends NoOpLog {

		private static final long serialVersionUID = 1L;

		final List<String> lines = new CopyOnWriteArrayList<>();

		@Override
		public void info(Object message) {
			this.lines.add(String.valueOf(message));
		}
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
