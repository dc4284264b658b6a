package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;

/**
 * The password rule on the change-password page (each refused example of issue 12 with its message, the hash
 * untouched), the password's age against the setting {@code security.password-max-age-days} on the tests' fixed
 * clock, the demo accounts' exemption in the demo profile, and the other sessions ended by a new password.
 */
class PasswordRulesIT extends IntegrationTest {

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
		this.username = AdminFixtures.unique("pw.");
		this.id = this.fixtures.account(this.username, Role.OFFICE_STAFF, null, null, null);
	}

	@Test
	void eachWeakPasswordIsRefusedWithItsMessageAndNothingChanges() {
		Map<String, String> refused = Map.of(
				"1234567890", "密码需包含大写字母、小写字母、数字和符号中的至少三类",
				"aaaaaaaaaa", "密码需包含大写字母、小写字母、数字和符号中的至少三类",
				"password12", "密码需包含大写字母、小写字母、数字和符号中的至少三类",
				"qwertyuiop", "密码需包含大写字母、小写字母、数字和符号中的至少三类",
				"Password1!", "这是常见或已泄露的密码",
				"demo1234demo", "密码需包含大写字母、小写字母、数字和符号中的至少三类",
				"Qwertyu-2024", "不能包含连续 5 个顺序字母",
				"X" + this.username + "-9", "密码不能包含用户名");
		Cookie session = signIn();
		String hash = hash();
		refused.forEach((password, message) -> {
			assertThat(changePassword(session, AdminFixtures.PASSWORD, password)).as(password)
				.hasStatusOk()
				.bodyText()
				.contains(message);
			assertThat(hash()).as(password).isEqualTo(hash);
		});
		assertThat(this.fixtures.loginEvents(this.username, "PASSWORD_CHANGED")).isZero();
		assertThat(changePassword(session, AdminFixtures.PASSWORD, "Zhucun-驻村-2026")).hasStatus(HttpStatus.FOUND);
		assertThat(hash()).isNotEqualTo(hash);
	}

	@Test
	void theLastChangeIsKeptAndAPasswordOlderThanTheSettingMustBeChanged() {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		// 89 days old: still good.
		changedAt(now.minus(Duration.ofDays(89)));
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD)).redirectedUrl()
			.isEqualTo("/");

		// 91 days old (the setting's default is 90): the change page before anything else, saying why.
		changedAt(now.minus(Duration.ofDays(91)));
		MvcTestResult signIn = AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD);
		assertThat(signIn).redirectedUrl().isEqualTo("/account/password");
		Cookie session = AdminFixtures.sessionCookie(signIn);
		assertThat(this.mvc.get().uri("/villages").cookie(session)).redirectedUrl().isEqualTo("/account/password");
		assertThat(this.mvc.get().uri("/account/password").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("您的密码已使用超过 90 天");

		assertThat(changePassword(session, AdminFixtures.PASSWORD, "Fresh-choice-7")).redirectedUrl().isEqualTo("/");
		assertThat(this.mvc.get().uri("/villages").cookie(session)).hasStatusOk();
		OffsetDateTime kept = this.jdbc.sql("select password_changed_at from account where id = :id")
			.param("id", this.id)
			.query(OffsetDateTime.class)
			.single();
		assertThat(Duration.between(kept.toInstant(), this.clock.instant()).abs()).isLessThan(Duration.ofMinutes(5));
		assertThat(AdminFixtures.signIn(this.mvc, this.username, "Fresh-choice-7")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void theDemoAccountsAreExemptInTheDemoProfile() {
		OffsetDateTime old = OffsetDateTime.now(this.clock).minusYears(2);
		Object before = this.jdbc.sql("select password_changed_at from account where username = 'office'")
			.query(OffsetDateTime.class)
			.single();
		try {
			this.jdbc.sql("update account set password_changed_at = :at where username = 'office'")
				.param("at", old)
				.update();
			assertThat(AdminFixtures.signIn(this.mvc, "office", "demo1234")).redirectedUrl().isEqualTo("/");
		}
		finally {
			this.jdbc.sql("update account set password_changed_at = :at where username = 'office'")
				.param("at", before)
				.update();
		}
	}

	@Test
	void aNewPasswordEndsTheAccountsOtherSessions() throws Exception {
		FormClient phone = new FormClient(this.port);
		FormClient desk = new FormClient(this.port);
		assertThat(phone.signIn(this.username, AdminFixtures.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(desk.signIn(this.username, AdminFixtures.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(phone.get("/villages").statusCode()).isEqualTo(200);

		assertThat(desk.postWithToken("/account/password", "/account/password",
				Map.of("currentPassword", AdminFixtures.PASSWORD, "newPassword", "Other-sessions-8",
						"repeatPassword", "Other-sessions-8"))
			.statusCode()).isEqualTo(302);

		assertThat(desk.get("/villages").statusCode()).isEqualTo(200);
		var ended = phone.get("/villages");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private Cookie signIn() {
		return AdminFixtures.sessionCookie(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD));
	}

	private String hash() {
		return this.jdbc.sql("select password_hash from account where id = :id")
			.param("id", this.id)
			.query(String.class)
			.single();
	}

	private void changedAt(OffsetDateTime at) {
		this.jdbc.sql("update account set password_changed_at = :at where id = :id")
			.param("at", at)
			.param("id", this.id)
			.update();
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
}
