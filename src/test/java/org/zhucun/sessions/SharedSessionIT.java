package org.zhucun.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhucun.ZhucunApplication;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.FormClient;
import org.zhucun.support.TestClock;
import org.zhucun.support.TestDatabase;

/**
 * Two instances of the application on one database share their sessions (Spring Session JDBC): a sign-in on one is
 * valid on the other, and signing out on either ends it on both.
 */
class SharedSessionIT {

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	@BeforeAll
	static void startTwoInstances() {
		instanceA = start();
		instanceB = start();
	}

	@AfterAll
	static void stopInstances() {
		if (instanceB != null) {
			instanceB.close();
		}
		if (instanceA != null) {
			instanceA.close();
		}
	}

	@Test
	void signInOnOneInstanceIsValidOnTheOtherAndSignOutEndsItOnBoth() throws Exception {
		FormClient onA = new FormClient(port(instanceA));
		HttpResponse<String> signIn = onA.signIn(DemoAccounts.OFFICE, DemoAccounts.PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		String session = onA.cookie("SESSION").orElseThrow(() -> new AssertionError("No session after sign-in"));

		FormClient onB = new FormClient(port(instanceB));
		onB.setCookie("SESSION", session);
		HttpResponse<String> homeOnB = onB.get("/");
		assertThat(homeOnB.statusCode()).isEqualTo(200);
		assertThat(homeOnB.body()).contains("您好，" + DemoAccounts.OFFICE_NAME);
		assertThat(new FormClient(port(instanceB)).get("/").statusCode()).as("without the session cookie").isEqualTo(302);

		HttpResponse<String> logout = onB.postWithToken("/", "/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

		HttpResponse<String> homeOnA = onA.get("/");
		assertThat(homeOnA.statusCode()).isEqualTo(302);
		assertThat(homeOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Starts an instance on a free port against the test run's database, in the demo profile so that the demo accounts
	 * exist (the generator skips when another context loaded the district already), on the tests' clock so that a
	 * district it loads first is the one the other tests expect.
	 */
	private static ConfigurableApplicationContext start() {
		TestDatabase.Coordinates db = TestDatabase.get();
		return new SpringApplicationBuilder(ZhucunApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
					"--spring.datasource.password=" + db.password(), "--spring.main.banner-mode=off",
					"--zhucun.clock.start=" + TestClock.START);
	}
}
