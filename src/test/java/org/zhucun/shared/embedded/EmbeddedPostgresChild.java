package org.zhucun.shared.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for the application in {@link EmbeddedPostgresIT}: a JVM that starts the embedded PostgreSQL on the
 * folder of its first argument, prints {@code READY <port>} and waits until it is killed.
 */
public final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgres pg = EmbeddedPostgres.start(Path.of(args[0]));
		System.out.println("READY " + pg.port());
		System.out.flush();
		new CountDownLatch(1).await();
	}
}
