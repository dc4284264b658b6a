package org.zhucun.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.zhucun.ZhucunApplication;
import org.zhucun.support.TestDatabase;

/**
 * Starting without a usable database stops at once with one plain paragraph (the address without password, the
 * cause, what to check) and no stack trace, before the web server or the connection pool starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupIT {

	private static final String PASSWORD = "Not-to-be-shown-42";

	@Test
	void aClosedPortIsNamedWithWhatToCheck(CapturedOutput output) throws Exception {
		int closed = closedPort();
		String url = "jdbc:postgresql://127.0.0.1:" + closed + "/zhucun?password=" + PASSWORD;
		long started = System.nanoTime();

		Throwable failure = start(url);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(failure).isInstanceOf(DatabaseStartupException.class);
		assertThat(failure.getMessage()).contains("jdbc:postgresql://127.0.0.1:" + closed + "/zhucun?password=***",
				"(user zhucun)", "nothing accepts connections at 127.0.0.1:" + closed + " (connection refused)",
				"Check that PostgreSQL is running there", "SPRING_DATASOURCE_URL", "ZHUCUN_DATABASE_STARTUP_WAIT");
		assertPlainReport(output, failure);
	}

	@Test
	void aMissingDatabaseIsNamedWithHowToCreateIt(CapturedOutput output) {
		TestDatabase.Coordinates db = TestDatabase.get();
		String missing = "zhucun_missing_" + System.nanoTime();
		String url = db.url().replaceFirst("/[^/?]+(\\?|$)", "/" + missing + "$1");

		Throwable failure = start(url, db.username(), db.password());

		assertThat(failure).isInstanceOf(DatabaseStartupException.class);
		assertThat(failure.getMessage()).contains("the database \"" + missing + "\" does not exist on that server",
				"createdb -O " + db.username() + " " + missing)
			.doesNotContain("ZHUCUN_DATABASE_STARTUP_WAIT");
		assertPlainReport(output, failure);
	}

	@Test
	void noDatabaseAtAllSaysWhatToSet(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ZhucunApplication.class)
			.run("--server.port=0", "--spring.main.banner-mode=off"));

		assertThat(startupException(failure)).isInstanceOf(DatabaseStartupException.class)
			.hasMessage(DatabaseStartupCheck.NOT_CONFIGURED);
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START", DatabaseStartupCheck.NOT_CONFIGURED);
	}

	private static Throwable start(String url) {
		return start(url, "zhucun", PASSWORD);
	}

	private static Throwable start(String url, String user, String password) {
		Throwable thrown = catchThrowable(() -> new SpringApplicationBuilder(ZhucunApplication.class)
			.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
		assertThat(thrown).as("the start fails").isNotNull();
		return startupException(thrown);
	}

	/** @return the {@link DatabaseStartupException} among the causes, or the throwable itself when there is none */
	private static Throwable startupException(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof DatabaseStartupException) {
				return t;
			}
		}
		return thrown;
	}

	/** The report is the paragraph under Spring Boot's heading, without a stack trace and without the password. */
	private static void assertPlainReport(CapturedOutput output, Throwable failure) {
		String out = output.getOut();
		assertThat(out).contains("APPLICATION FAILED TO START", failure.getMessage())
			.doesNotContain(PASSWORD)
			.doesNotContain("\tat org.")
			.doesNotContain("Caused by:")
			.doesNotContain("HikariPool")
			.doesNotContain("Tomcat started");
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
