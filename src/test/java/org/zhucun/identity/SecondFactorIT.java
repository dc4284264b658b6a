package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The second factor end to end, with real form posts: an administrator (an account of the role, not one of the demo
 * profile's demo accounts) gets no page after the password alone, enrols an authenticator app, signs in with its code
 * (each code once) or a recovery code (each once); wrong codes count towards the lockout; the administrator resets
 * another account's second factor; other roles follow their setting; the demo {@code admin} is exempt while the
 * demo setting says so.
 */
class SecondFactorIT extends IntegrationTest {

	private static final String STEP = "/login/second-factor";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	AdminFixtures fixtures;

	String username;

	Long id;

	@BeforeEach
	void administrator() {
		this.fixtures = new AdminFixtures(this.jdbc, this.accounts);
		this.username = AdminFixtures.unique("mfa.");
		this.id = this.fixtures.account(this.username, Role.OFFICE_ADMIN, null, null, null);
	}

	@AfterEach
	void settings() {
		this.jdbc.sql("delete from policy_setting where key like 'security.second-factor%'").update();
	}

	@Test
	void anAdministratorReachesNoPageBeforeEnrollingAndThenGetsTenRecoveryCodes() {
		MvcTestResult signIn = AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD);
		assertThat(signIn).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(STEP);
		Cookie pending = AdminFixtures.sessionCookie(signIn);
		for (String page : new String[] { "/", "/admin/accounts", "/admin/settings", "/account/password", "/villages",
				"/actuator" }) {
			assertThat(this.mvc.get().uri(page).cookie(pending)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo(STEP);
		}
		assertThat(this.mvc.post().uri("/admin/accounts/{id}/lock", this.id).cookie(pending).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(STEP);
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isZero();
		assertThat(this.mvc.get().uri(STEP).cookie(pending)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(STEP + "/enrol");

		MvcTestResult enrolPage = this.mvc.get().uri(STEP + "/enrol").cookie(pending).exchange();
		assertThat(enrolPage).hasStatusOk().bodyText().contains("设置第二重验证", "otpauth://totp/");
		String secret = AdminFixtures.shownSecret(enrolPage);
		assertThat(secret).hasSize(32);

		assertThat(enrol(pending, Totp.code(secret, step() - 5))).hasStatusOk().bodyText().contains("验证码错误");
		assertThat(this.fixtures.loginEvents(this.username, "SECOND_FACTOR_FAILURE")).isEqualTo(1);

		MvcTestResult enrolled = enrol(pending, Totp.code(secret, step()));
		assertThat(enrolled).hasStatusOk().bodyText().contains("第二重验证已设置");
		assertThat(recoveryCodes(enrolled)).hasSize(10).doesNotHaveDuplicates();
		Cookie session = AdminFixtures.sessionCookie(enrolled);
		assertThat(session.getValue()).isNotEqualTo(pending.getValue());
		assertThat(this.mvc.get().uri("/admin/accounts").cookie(session)).hasStatusOk();
		assertThat(this.fixtures.loginEvents(this.username, "SECOND_FACTOR_ENROLLED")).isEqualTo(1);
		assertThat(this.fixtures.loginEvents(this.username, "SUCCESS")).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from account_recovery_code where account_id = :id and used_at is null")
			.param("id", this.id)
			.query(Integer.class)
			.single()).isEqualTo(10);
		// The old pending session is gone with its id.
		assertThat(this.mvc.get().uri("/").cookie(pending)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void anEnrolledAdministratorSignsInWithTheAppsCodeAndEachCodeWorksOnce() {
		String secret = enrolled();
		Cookie pending = passwordOnly();
		assertThat(this.mvc.get().uri(STEP).cookie(pending)).hasStatusOk().bodyText().contains("6 位验证码");
		String code = Totp.code(secret, step() + 1);
		MvcTestResult signedIn = code(pending, code);
		assertThat(signedIn).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(this.mvc.get().uri("/admin/accounts").cookie(AdminFixtures.sessionCookie(signedIn))).hasStatusOk();

		Cookie again = passwordOnly();
		assertThat(code(again, code)).hasStatusOk().bodyText().contains("验证码错误");
		assertThat(this.mvc.get().uri("/").cookie(again)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(STEP);
	}

	@Test
	void wrongCodesCountWithWrongPasswordsAndLockTheAccount() {
		String secret = enrolled();
		String wrong = Totp.code(secret, step() - 10);
		Cookie first = passwordOnly();
		for (int i = 0; i < 3; i++) {
			assertThat(code(first, wrong)).hasStatusOk().bodyText().contains("验证码错误");
		}
		// The right password again does not start the count again: only a complete sign-in does.
		Cookie second = passwordOnly();
		assertThat(code(second, wrong)).hasStatusOk();
		assertThat(code(second, wrong)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
		assertThat(this.jdbc.sql("select locked_until is not null from account where id = :id")
			.param("id", this.id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.fixtures.loginEvents(this.username, "SECOND_FACTOR_FAILURE")).isEqualTo(5);
		assertThat(this.fixtures.loginEvents(this.username, "LOCKED_OUT")).isEqualTo(1);
		assertThat(this.mvc.get().uri("/").cookie(second)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		// Locked: even the right code of the first session is refused now.
		assertThat(code(first, Totp.code(secret, step()))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).redirectedUrl()
			.isEqualTo("/login?error");
	}

	@Test
	void aRecoveryCodeSignsInOnce() {
		Cookie pending = passwordOnly();
		String secret = AdminFixtures.shownSecret(this.mvc.get().uri(STEP + "/enrol").cookie(pending).exchange());
		List<String> codes = recoveryCodes(enrol(pending, Totp.code(secret, step())));

		Cookie lostPhone = passwordOnly();
		MvcTestResult used = code(lostPhone, codes.get(3).toLowerCase());
		assertThat(used).hasStatusOk().bodyText().contains("您还剩 9 个恢复码");
		assertThat(this.mvc.get().uri("/admin/accounts").cookie(AdminFixtures.sessionCookie(used))).hasStatusOk();
		assertThat(this.fixtures.loginEvents(this.username, "RECOVERY_CODE_USED")).isEqualTo(1);

		assertThat(code(passwordOnly(), codes.get(3))).hasStatusOk().bodyText().contains("验证码错误");
		assertThat(code(passwordOnly(), codes.get(4))).hasStatusOk().bodyText().contains("您还剩 8 个恢复码");
	}

	@Test
	void theAdministratorResetsAnotherAccountsSecondFactor() {
		enrolled();
		assertThat(this.mvc.get().uri("/admin/accounts/{id}", this.id).with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("已设置");
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}/second-factor/reset", this.id)
			.with(TestUsers.officeStaff())
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/accounts/{id}/second-factor/reset", this.id)
			.with(TestUsers.officeAdmin())
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("successMessage", "account.second-factor-reset");
		assertThat(this.jdbc.sql("select totp_secret from account where id = :id")
			.param("id", this.id)
			.query(String.class)
			.optional()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from account_recovery_code where account_id = :id")
			.param("id", this.id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select detail from login_event where username = :u and kind = 'SECOND_FACTOR_RESET'")
			.param("u", this.username)
			.query(String.class)
			.single()).isEqualTo("test-office_admin");
		assertThat(this.mvc.get().uri(STEP).cookie(passwordOnly())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(STEP + "/enrol");
	}

	@Test
	void otherRolesGiveASecondFactorWhenTheirSettingSaysSo() {
		String staff = AdminFixtures.unique("mfa.staff.");
		this.fixtures.account(staff, Role.OFFICE_STAFF, null, null, null);
		assertThat(AdminFixtures.signIn(this.mvc, staff, AdminFixtures.PASSWORD)).redirectedUrl().isEqualTo("/");

		setting("security.second-factor-roles.office-staff", "true");
		assertThat(AdminFixtures.signIn(this.mvc, staff, AdminFixtures.PASSWORD)).redirectedUrl().isEqualTo(STEP);
	}

	@Test
	void theDemoAdministratorIsExemptOnlyWhileTheDemoSettingSaysSo() {
		assertThat(AdminFixtures.signIn(this.mvc, "admin", "demo1234")).redirectedUrl().isEqualTo("/");
		setting("security.second-factor-demo-exempt", "false");
		assertThat(AdminFixtures.signIn(this.mvc, "admin", "demo1234")).redirectedUrl().isEqualTo(STEP);
		assertThat(new DemoAccounts(false).isExempt("admin")).isFalse();
	}

	private void setting(String key, String value) {
		this.jdbc.sql("""
				insert into policy_setting (key, valid_from, value, created_at, modified_at, created_by)
				values (:key, :from, :value, now(), now(), 'test')""")
			.param("key", key)
			.param("from", TODAY.minusDays(1))
			.param("value", value)
			.update();
	}

	/** Enrols the account; @return the secret of its app */
	private String enrolled() {
		Cookie pending = passwordOnly();
		String secret = AdminFixtures.shownSecret(this.mvc.get().uri(STEP + "/enrol").cookie(pending).exchange());
		assertThat(enrol(pending, Totp.code(secret, step()))).hasStatusOk();
		return secret;
	}

	private Cookie passwordOnly() {
		MvcTestResult signIn = AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD);
		assertThat(signIn).redirectedUrl().isEqualTo(STEP);
		return AdminFixtures.sessionCookie(signIn);
	}

	private MvcTestResult enrol(Cookie session, String code) {
		return this.mvc.post().uri(STEP + "/enrol").cookie(session).with(csrf()).param("code", code).exchange();
	}

	private MvcTestResult code(Cookie session, String code) {
		return this.mvc.post().uri(STEP).cookie(session).with(csrf()).param("code", code).exchange();
	}

	private long step() {
		return Totp.step(this.clock.instant());
	}

	private static List<String> recoveryCodes(MvcTestResult page) {
		Matcher code = Pattern.compile(">([A-Z2-9]{5}-[A-Z2-9]{5})<").matcher(AdminFixtures.contentOf(page));
		List<String> codes = new ArrayList<>();
		while (code.find()) {
			codes.add(code.group(1));
		}
		return codes;
	}
}
