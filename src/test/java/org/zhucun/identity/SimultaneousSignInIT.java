package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.identity.domain.Account;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Sign-ins of one account at the same instant, over HTTP as browsers send them (a double click, two tabs, a shared
 * office account): every one is answered and logged, failures are counted exactly and lock the account once, and
 * the bookkeeping never conflicts with an administrator's edit of the account.
 */
class SimultaneousSignInIT extends IntegrationTest {

	private static final int CLIENTS = 20;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIns signIns;

	AdminFixtures fixtures;

	String username;

	Long id;

	@BeforeEach
	void account() {
		this.fixtures = new AdminFixtures(this.jdbc, this.accounts);
		this.username = AdminFixtures.unique("together.");
		this.id = this.fixtures.account(this.username, Role.OFFICE_STAFF, null, null, null);
	}

	@Test
	void twentySimultaneousSignInsWithTheRightPasswordAllSucceedAndAreAllLogged() throws Exception {
		List<HttpResponse<String>> answers = simultaneously(AdminFixtures.PASSWORD);

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(answers).extracting(r -> r.headers().firstValue("Location").orElse(""))
			.allSatisfy(location -> assertThat(location).endsWith("/").doesNotContain("/login"));
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isEqualTo(CLIENTS);
		assertThat(row()).containsEntry("failed_attempts", 0).containsEntry("version", 0L);
		assertThat(row().get("last_login_at")).isNotNull();
	}

	@Test
	void twentySimultaneousWrongPasswordsAreAllCountedAndLockTheAccountOnce() throws Exception {
		List<HttpResponse<String>> answers = simultaneously("wrong-password");

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(answers).extracting(r -> r.headers().firstValue("Location").orElse(""))
			.allSatisfy(location -> assertThat(location).matches(".*/login\\?(error|locked)"));
		int failures = this.fixtures.loginEvents(this.username, "FAILURE");
		int refused = this.fixtures.loginEvents(this.username, "REFUSED_LOCKED");
		// A request that reads the account after the lock is refused as locked before its password is checked.
		assertThat(failures + refused).isEqualTo(CLIENTS);
		assertThat(failures).isGreaterThanOrEqualTo(Account.MAX_FAILED_ATTEMPTS);
		assertThat(row()).containsEntry("failed_attempts", failures);
		assertThat(this.fixtures.loginEvents(this.username, "LOCKED_OUT")).isEqualTo(1);
		assertLockedForFifteenMinutes();
	}

	@Test
	void twentySimultaneousFailuresRecordedAtOnceCountTwentyAndLockOnce() throws Exception {
		List<SignIns.Failure> outcomes = atOnce(
				Collections.nCopies(CLIENTS, () -> this.signIns.failed(this.username, "192.0.2.7")));

		assertThat(row()).containsEntry("failed_attempts", CLIENTS);
		assertThat(this.fixtures.loginEvents(this.username, "FAILURE")).isEqualTo(CLIENTS);
		assertThat(this.fixtures.loginEvents(this.username, "LOCKED_OUT")).isEqualTo(1);
		assertThat(outcomes).filteredOn(SignIns.Failure::lockedNow).hasSize(1);
		assertThat(outcomes).extracting(SignIns.Failure::attempts)
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CLIENTS).boxed().toList());
		assertLockedForFifteenMinutes();
	}

	@Test
	void signInBookkeepingDoesNotConflictWithAnAdministratorsEdit() throws Exception {
		long versionSeenByTheAdministrator = (Long) row().get("version");
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
			new FormClient(this.port).signIn(this.username, "wrong-password");
		}
		assertThat(row()).containsEntry("version", versionSeenByTheAdministrator);

		// The administrator saves the form opened before the sign-ins: no conflict, and the lock stays.
		SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(Role.OFFICE_ADMIN, null, null, null));
		try {
			this.accounts.update(this.id, versionSeenByTheAdministrator,
					new AccountCommand(this.username, "Renamed " + this.username, Role.OFFICE_STAFF, null, null, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(row()).containsEntry("display_name", "Renamed " + this.username)
			.containsEntry("failed_attempts", Account.MAX_FAILED_ATTEMPTS);
		assertLockedForFifteenMinutes();
	}

	/** Signs in from {@link #CLIENTS} clients at once, each with the sign-in page and its token fetched before. */
	private List<HttpResponse<String>> simultaneously(String password) throws Exception {
		List<FormClient> clients = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			FormClient client = new FormClient(this.port);
			HttpResponse<String> page = client.get("/login");
			assertThat(page.statusCode()).isEqualTo(200);
			clients.add(client);
			tokens.add(FormClient.csrfToken(page.body()));
		}
		List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			FormClient client = clients.get(i);
			String token = tokens.get(i);
			posts.add(() -> client.post("/login",
					Map.of("username", this.username, "password", password, "_csrf", token)));
		}
		return atOnce(posts);
	}

	/** Runs the tasks in parallel, all released at the same instant; @return their results */
	private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CyclicBarrier start = new CyclicBarrier(tasks.size());
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void assertLockedForFifteenMinutes() {
		assertThat(this.jdbc.sql("""
				select locked_until between now() + interval '14 minutes' and now() + interval '16 minutes'
				from account where id = :id""").param("id", this.id).query(Boolean.class).single()).isTrue();
	}

	private Map<String, Object> row() {
		return this.jdbc.sql("select * from account where id = :id").param("id", this.id).query().singleRow();
	}
}
