package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The sign-in checks end to end, with real form posts to /login: lockout after five failures, the sign-in log, the
 * forced password change after a reset, the password rule, deactivated accounts, sign-out.
 */
class SignInSecurityIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

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
		assertThat(this.jdbc.sql("""
				select locked_until between :now + interval '14 minutes' and :now + interval '16 minutes'
				from account where id = :id""")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", this.id)
			.query(Boolean.class)
			.single()).as("locked for 15 minutes on the application's clock").isTrue();

		MvcTestResult sixth = AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD);
		assertThat(sixth).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).hasStatusOk().bodyText().contains("该账号已锁定");

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

	private Map<String, Object> row() {
		return this.jdbc.sql("select * from account where id = :id").param("id", this.id).query().singleRow();
	}
}
