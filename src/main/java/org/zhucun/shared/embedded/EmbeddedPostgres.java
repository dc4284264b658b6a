package org.zhucun.shared.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server run from the binaries packaged on the class path, listening on loopback only,
 * with its data kept in a folder of the caller's choice.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root, the server processes are started in a new
 * user namespace ({@code unshare --user}), where they do not hold root's user id but can still use the files
 * that root owns; so a root start needs no other account and no change of file ownership.
 *
 * <p>A watchdog process stops the server when the JVM that started it is gone, also after {@code kill -9}: it waits
 * for the end of a pipe that only this JVM holds open. The server's start-up messages are relayed to the given log.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	public static final String VERSION = "17.5.0";

	private static final String SUPERUSER = "postgres";

	/**
	 * $1 the data folder, then the stop command. Reads until the JVM's end of the pipe closes; stops the server only
	 * if it still runs (its pid file is there), so that a normal stop, which closes the pipe after stopping, is quiet.
	 */
	private static final String WATCHDOG_SCRIPT = """
			trap '' INT TERM HUP
			while read -r line; do :; done
			data=$1
			shift
			if [ -f "$data/postmaster.pid" ]; then
			  echo "zhucun watchdog: the application that started this server is gone; stopping the server"
			  exec "$@"
			fi
			""";

	private final Path binDir;

	private final Path dataDir;

	private final int port;

	private final boolean asRoot;

	private final Log log;

	private volatile boolean running;

	/** Stops the server when this JVM is gone; kept here so that its pipe stays open as long as the JVM lives. */
	private Process watchdog;

	private EmbeddedPostgres(Path binDir, Path dataDir, int port, boolean asRoot, Log log) {
		this.binDir = binDir;
		this.dataDir = dataDir;
		this.port = port;
		this.asRoot = asRoot;
		this.log = log;
	}

	/**
	 * Starts a server on the given data folder, creating the cluster on first use and reusing it afterwards.
	 * @param dataDir the folder that keeps the cluster between runs
	 * @return the running server
	 */
	public static EmbeddedPostgres start(Path dataDir) {
		return start(dataDir, LogFactory.getLog(EmbeddedPostgres.class));
	}

	/**
	 * Starts a server as {@link #start(Path)} does, reporting to the given log (before Spring Boot has set up
	 * logging, a deferred log that it replays into the application's log).
	 */
	public static EmbeddedPostgres start(Path dataDir, Log log) {
		boolean asRoot = runningAsRoot();
		if (asRoot && !commandWorks("unshare", "--user", "true")) {
			throw new IllegalStateException("The embedded PostgreSQL cannot run as root on this machine: "
					+ "'unshare --user' is not available. Start the application as an ordinary user, or set "
					+ "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use a "
					+ "PostgreSQL server.");
		}
		try {
			Path bin = unpackBinaries();
			Path data = dataDir.toAbsolutePath().normalize();
			Files.createDirectories(data.getParent());
			EmbeddedPostgres pg = new EmbeddedPostgres(bin, data, freePort(), asRoot, log);
			pg.initIfNeeded();
			pg.stopStaleServer();
			pg.startServer();
			pg.startWatchdog();
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	/** @return the JDBC URL of the given database on this server */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	public int port() {
		return this.port;
	}

	public String username() {
		return SUPERUSER;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/** Creates a database when it does not exist yet. */
	public void createDatabaseIfMissing(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
				PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, name);
			try (ResultSet rs = query.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database \"" + name.replace("\"", "\"\"") + "\" encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name, ex);
		}
	}

	/** Drops a database if it exists (used by tests for their fresh database per run). */
	public void dropDatabaseIfExists(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
				Statement drop = connection.createStatement()) {
			drop.execute("drop database if exists \"" + name.replace("\"", "\"\"") + "\" with (force)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop the database " + name, ex);
		}
	}

	@Override
	public synchronized void close() {
		if (!this.running) {
			return;
		}
		this.running = false;
		try {
			run(List.of(pgCtl(), "-D", this.dataDir.toString(), "-m", "fast", "-w", "stop"), Duration.ofSeconds(60));
			this.log.info("Embedded PostgreSQL stopped");
		}
		catch (RuntimeException ex) {
			this.log.warn("Could not stop the embedded PostgreSQL cleanly: " + ex.getMessage());
		}
		finally {
			stopWatchdog();
		}
	}

	private void initIfNeeded() throws IOException {
		if (Files.exists(this.dataDir.resolve("PG_VERSION"))) {
			this.log.info("Embedded PostgreSQL reuses the data in " + this.dataDir);
			return;
		}
		this.log.info("Embedded PostgreSQL creates a new cluster in " + this.dataDir);
		Files.createDirectories(this.dataDir);
		Files.setPosixFilePermissions(this.dataDir, PosixFilePermissions.fromString("rwx------"));
		run(List.of(this.binDir.resolve("initdb").toString(), "-D", this.dataDir.toString(), "-U", SUPERUSER,
				"--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"), Duration.ofMinutes(3));
	}

	private void stopStaleServer() {
		if (Files.exists(this.dataDir.resolve("postmaster.pid"))) {
			try {
				run(List.of(pgCtl(), "-D", this.dataDir.toString(), "-m", "fast", "-w", "stop"), Duration.ofSeconds(60));
				this.log.info("Embedded PostgreSQL: stopped a server left running in " + this.dataDir);
			}
			catch (RuntimeException ex) {
				// pg_ctl removes a stale pid file itself on start when no server owns it.
				this.log.debug("No running server to stop: " + ex.getMessage());
			}
		}
	}

	private void startServer() throws IOException {
		String options = "-p " + this.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= "
				+ "-c fsync=on -c max_connections=100 -c shared_buffers=128MB -c timezone=Asia/Shanghai";
		Path serverLog = this.dataDir.resolve("server.log");
		long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
		try {
			run(List.of(pgCtl(), "-D", this.dataDir.toString(), "-o", options, "-l", serverLog.toString(), "-w", "-t",
					"120", "start"), Duration.ofMinutes(3));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not start; its log " + serverLog + " says:\n"
					+ serverLogSince(serverLog, logStart), ex);
		}
		this.running = true;
		for (String line : serverLogSince(serverLog, logStart).split("\n")) {
			if (!line.isBlank()) {
				this.log.info("PostgreSQL: " + line.strip());
			}
		}
		this.log.info("Embedded PostgreSQL " + VERSION + " listening on 127.0.0.1:" + this.port);
	}

	/** @return what the server wrote to its log file from the given offset on (at most the last 8 KB) */
	private static String serverLogSince(Path serverLog, long offset) {
		try {
			byte[] all = Files.exists(serverLog) ? Files.readAllBytes(serverLog) : new byte[0];
			int from = (int) Math.max(Math.min(offset, all.length), all.length - 8192L);
			return new String(all, from, all.length - from, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(" + ex.getMessage() + ")";
		}
	}

	/**
	 * Starts the watchdog: a shell that ignores the terminal's signals, reads its standard input (a pipe from this
	 * JVM) until it ends, which happens when the JVM exits in any way, and then stops the server if it still runs.
	 * Its output goes to the server's log file, the only log left at that point.
	 */
	private void startWatchdog() {
		List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG_SCRIPT, "zhucun-postgres-watchdog",
				this.dataDir.toString()));
		command.addAll(withNamespace(List.of(pgCtl(), "-D", this.dataDir.toString(), "-m", "fast", "-w", "stop")));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dataDir.resolve("server.log").toFile()));
		environment(builder);
		try {
			this.watchdog = builder.start();
		}
		catch (IOException ex) {
			this.log.warn("Embedded PostgreSQL runs without its watchdog (" + ex.getMessage() + "): after a kill -9 of "
					+ "the application it keeps running until the next start stops it");
		}
	}

	/** Ends the watchdog once the server is stopped: it finds no server to stop and exits. */
	private void stopWatchdog() {
		Process process = this.watchdog;
		if (process != null) {
			try {
				process.getOutputStream().close();
			}
			catch (IOException ex) {
				process.destroy();
			}
			this.watchdog = null;
		}
	}

	private String pgCtl() {
		return this.binDir.resolve("pg_ctl").toString();
	}

	private List<String> withNamespace(List<String> command) {
		List<String> full = new ArrayList<>();
		if (this.asRoot) {
			full.add("unshare");
			full.add("--user");
		}
		full.addAll(command);
		return full;
	}

	private void environment(ProcessBuilder builder) {
		builder.environment().put("LC_ALL", "C");
		builder.environment().put("LD_LIBRARY_PATH", this.binDir.getParent().resolve("lib").toString());
	}

	private String run(List<String> command, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(withNamespace(command)).redirectErrorStream(true);
		environment(builder);
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] out = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + String.join(" ", command));
			}
			String text = new String(out, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						"Embedded PostgreSQL command failed (" + process.exitValue() + "): " + command.get(0) + "\n" + text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Unpacks the binaries once per user into the temporary folder (readable by all, so that the server can run
	 * from it whoever starts it) and returns their {@code bin} folder.
	 */
	private static Path unpackBinaries() throws IOException {
		String arch = System.getProperty("os.arch").contains("aarch64") ? "arm_64" : "x86_64";
		String resource = "postgres-linux-" + arch + ".txz";
		Path root = Path.of(System.getProperty("java.io.tmpdir"),
				"zhucun-postgres-" + VERSION + "-" + System.getProperty("user.name"));
		Path done = root.resolve(".complete");
		if (Files.exists(done)) {
			return root.resolve("bin");
		}
		Path staging = Files.createTempDirectory(root.getParent(), "zhucun-postgres-unpack");
		try (InputStream raw = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(resource)) {
			if (raw == null) {
				throw new IllegalStateException("PostgreSQL binaries " + resource + " are not on the class path");
			}
			try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw)))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					Path target = staging.resolve(entry.getName()).normalize();
					if (!target.startsWith(staging)) {
						throw new IOException("Bad entry in the PostgreSQL archive: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(target);
					}
					else if (entry.isSymbolicLink()) {
						Files.createDirectories(target.getParent());
						Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
					}
					else {
						Files.createDirectories(target.getParent());
						Files.copy(tar, target);
						Files.setPosixFilePermissions(target, permissions(entry.getMode()));
					}
				}
			}
		}
		Files.writeString(staging.resolve(".complete"), VERSION);
		try {
			Files.move(staging, root);
		}
		catch (IOException ex) {
			// Another process unpacked the same binaries first: use theirs.
			if (!Files.exists(done)) {
				throw ex;
			}
		}
		return root.resolve("bin");
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		boolean executable = (mode & 0100) != 0;
		return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean runningAsRoot() {
		try {
			Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			return Integer.valueOf(0).equals(uid);
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static boolean commandWorks(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
