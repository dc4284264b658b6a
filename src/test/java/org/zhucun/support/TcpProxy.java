package org.zhucun.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of the test database, for one application instance's connections only: the
 * test switches it between passing connections through and refusing them, so that it can make the database
 * unreachable for that instance (connections refused, open connections cut) and bring it back.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private ServerSocket server;

	/** Starts refusing; call {@link #open()} to pass connections through. */
	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
	}

	/** A proxy in front of the database of a PostgreSQL JDBC URL. */
	public static TcpProxy inFrontOf(String jdbcUrl) throws IOException {
		Properties parsed = org.postgresql.Driver.parseURL(jdbcUrl, null);
		if (parsed == null) {
			throw new IllegalArgumentException("Not a PostgreSQL URL: " + jdbcUrl);
		}
		return new TcpProxy(parsed.getProperty("PGHOST", "localhost"),
				Integer.parseInt(parsed.getProperty("PGPORT", "5432")));
	}

	/** @return the JDBC URL with host and port replaced by the proxy's */
	public String jdbcUrl(String jdbcUrl) {
		return jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]+/", "jdbc:postgresql://127.0.0.1:" + this.port + "/");
	}

	public int port() {
		return this.port;
	}

	/** Passes connections through from now on. */
	public synchronized void open() throws IOException {
		if (this.server != null) {
			return;
		}
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 50);
		this.server = listening;
		Thread acceptor = new Thread(() -> acceptAll(listening), "tcp-proxy-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Refuses new connections from now on and cuts the open ones, as a database that went away. */
	public synchronized void refuse() throws IOException {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	@Override
	public void close() throws IOException {
		refuse();
	}

	private void acceptAll(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket();
				try {
					upstream.connect(new InetSocketAddress(this.targetHost, this.targetPort), 5000);
				}
				catch (IOException ex) {
					closeQuietly(client);
					continue;
				}
				this.sockets.add(client);
				this.sockets.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// The listening socket was closed by refuse().
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// One side closed: close both below.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}
}
