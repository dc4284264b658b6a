package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
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

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.identity.domain.Account;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The sign-in checks end to end, with real form posts to /login: lockout after five failures, the sign-in log, the
 * forced password change after a reset, the password rule, deactivated accounts, sign-out. Also sign-ins of one
 * account at the same instant, over HTTP as browsers send them (a double click, two tabs, a shared office account):
 * every one is answered and logged, failures are counted exactly and lock the account once, and the bookkeeping
 * never conflicts with an administrator's edit of the account.
 */
class SignInSecurityIT extends IntegrationTest {

	/** Browsers signing in to one account at the same instant. */
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
		this.username = AdminFixtures.unique("signin.");
		this.id = this.fixtures.account(this.username, Role.OFFICE_STAFF, null, null, null);
	}

	@Test
	void aSuccessfulSignInIsLoggedAndRemembered() {
		MvcTestResult result = AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD);
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(this.mvc.get().uri("/").cookie(AdminFixtures.sessionCookie(result))).hasStatusOk()
			.bodyText()
			.contains("Name " + this.username);
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isEqualTo(1);
		assertThat(row()).extractingByKey("last_login_at").isNotNull();
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
		for (int i = 1; i <= 4; i++) {
			assertThat(AdminFixtures.signIn(this.mvc, this.username, "wrong-password-" + i)).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(row()).containsEntry("failed_attempts", 4).containsEntry("locked_until", null);

		assertThat(AdminFixtures.signIn(this.mvc, this.username, "wrong-password-5")).hasStatus(HttpStatus.FOUND);
		assertLockedForFifteenMinutes();

		MvcTestResult sixth = AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD);
		// The same answer as a wrong password or an unknown user: nothing tells that the account exists and is locked.
		assertThat(sixth).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
		assertThat(AdminFixtures.signIn(this.mvc, "nobody." + this.username, AdminFixtures.PASSWORD))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(this.mvc.get().uri("/login?error")).hasStatusOk().bodyText().contains("用户名或密码错误，或账号已锁定");

		assertThat(this.fixtures.loginEvents(this.username, "FAILURE")).isEqualTo(5);
		assertThat(this.fixtures.loginEvents(this.username, "LOCKED_OUT")).isEqualTo(1);
		assertThat(this.fixtures.loginEvents(this.username, "REFUSED_LOCKED")).isEqualTo(1);
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isZero();
	}

	@Test
	void theLockoutShowsOnTheSignInLogPage() {
		for (int i = 0; i < 5; i++) {
			AdminFixtures.signIn(this.mvc, this.username, "wrong-password");
		}
		assertThat(this.mvc.get().uri("/admin/audit/logins?username={u}", this.username).with(TestUsers.officeStaff()))
			.hasStatusOk()
			.bodyText()
			.contains("登录失败", "多次失败后锁定");
	}

	@Test
	void aLockoutEndsAfterFifteenMinutes() {
		for (int i = 0; i < 5; i++) {
			AdminFixtures.signIn(this.mvc, this.username, "wrong-password");
		}
		this.jdbc.sql("update account set locked_until = :now - interval '1 second' where id = :id")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", this.id)
			.update();
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/");
	}

	@Test
	void aSuccessInBetweenStartsTheCountAgain() {
		for (int i = 0; i < 4; i++) {
			AdminFixtures.signIn(this.mvc, this.username, "wrong-password");
		}
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).redirectedUrl().isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			AdminFixtures.signIn(this.mvc, this.username, "wrong-password");
		}
		assertThat(row()).containsEntry("locked_until", null).containsEntry("failed_attempts", 4);
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).redirectedUrl().isEqualTo("/");
	}

	@Test
	void failuresOfUnknownUserNamesAreLoggedToo() {
		String unknown = AdminFixtures.unique("nobody.");
		assertThat(AdminFixtures.signIn(this.mvc, unknown, "whatever-it-is")).redirectedUrl().isEqualTo("/login?error");
		assertThat(this.fixtures.loginEvents(unknown, "FAILURE")).isEqualTo(1);
	}

	@Test
	void aDeactivatedAccountCannotSignIn() {
		this.jdbc.sql("update account set active = false where id = :id").param("id", this.id).update();
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isZero();
	}

	@Test
	void aResetPasswordForcesTheChangePageBeforeAnythingElse() {
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}/password", this.id)
			.with(TestUsers.officeAdmin())
			.with(csrf())
			.param("newPassword", "Given-by-admin-1")
			.param("repeatPassword", "Given-by-admin-1")).hasStatus(HttpStatus.FOUND);

		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).redirectedUrl()
			.isEqualTo("/login?error");
		MvcTestResult signIn = AdminFixtures.signIn(this.mvc, this.username, "Given-by-admin-1");
		assertThat(signIn).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/password");
		Cookie session = AdminFixtures.sessionCookie(signIn);

		for (String page : new String[] { "/", "/admin/settings", "/admin/audit", "/villages" }) {
			assertThat(this.mvc.get().uri(page).cookie(session)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/account/password");
		}
		assertThat(this.mvc.get().uri("/account/password").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("您的密码已被重置");

		assertThat(changePassword(session, "Given-by-admin-1", "too-short")).hasStatusOk()
			.bodyText()
			.contains("密码至少需要 10 个字符");
		assertThat(changePassword(session, "Given-by-admin-1", this.username)).hasStatusOk()
			.bodyText()
			.contains("密码不能与用户名相同");
		assertThat(changePassword(session, "Given-by-admin-1", "Given-by-admin-1")).hasStatusOk()
			.bodyText()
			.contains("新密码不能与当前密码相同");
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatus(HttpStatus.FOUND);

		assertThat(changePassword(session, "Given-by-admin-1", "My-own-choice-2")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatusOk();
		assertThat(row()).containsEntry("must_change_password", false);
		assertThat(this.fixtures.loginEvents(this.username, "PASSWORD_CHANGED")).isEqualTo(1);
		assertThat(AdminFixtures.signIn(this.mvc, this.username, "My-own-choice-2")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void signingOutIsLoggedAndEndsTheSession() {
		Cookie session = AdminFixtures.sessionCookie(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD));
		assertThat(this.mvc.post().uri("/logout").cookie(session).with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?logout");
		assertThat(this.fixtures.loginEvents(this.username, "LOGOUT")).isEqualTo(1);
		assertThat(this.mvc.get().uri("/").cookie(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	private MvcTestResult changePassword(Cookie session, String current, String next) {
		return this.mvc.post()
			.uri("/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("repeatPassword", next)
			.exchange();
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
				select locked_until between :now + interval '14 minutes' and :now + interval '16 minutes'
				from account where id = :id""")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", this.id)
			.query(Boolean.class)
			.single()).as("locked for 15 minutes on the application's clock").isTrue();
	}

	private Map<String, Object> row() {
		return this.jdbc.sql("select * from account where id = :id").param("id", this.id).query().singleRow();
	}
}
