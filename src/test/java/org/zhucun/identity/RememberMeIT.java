package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * "Remember this phone": only team members and leaders get a token, for 30 days; it signs the phone in again after
 * the session is gone; a new password (own or reset), a lock (by the administrator or after five failures) and
 * deactivation remove the account's tokens.
 */
class RememberMeIT extends IntegrationTest {

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
	void member() {
		this.fixtures = new AdminFixtures(this.jdbc, this.accounts);
		Long unit = this.fixtures.unit(AdminFixtures.unique("单位"));
		Long cadre = this.fixtures.cadre(unit, AdminFixtures.unique("队员"));
		this.username = AdminFixtures.unique("phone.");
		this.id = this.fixtures.account(this.username, Role.TEAM_MEMBER, null, unit, cadre);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aMemberWhoAsksGetsAThirtyDayTokenThatSignsThePhoneInAgain() {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("username", this.username)
			.param("password", AdminFixtures.PASSWORD)
			.param("remember-me", "on")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/attendance");
		Cookie cookie = result.getResponse().getCookie("remember-me");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getMaxAge()).isEqualTo(30 * 24 * 3600);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(tokens()).isEqualTo(1);

		// No session, only the phone's token: signed in again.
		assertThat(this.mvc.get().uri("/account/password").cookie(cookie)).hasStatusOk();
		assertThat(this.mvc.get().uri("/account/password")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void withoutTheTickNoTokenAndOtherRolesNeverGetOne() {
		assertThat(AdminFixtures.signIn(this.mvc, this.username, AdminFixtures.PASSWORD).getResponse()
			.getCookie("remember-me")).isNull();
		String staff = AdminFixtures.unique("desk.");
		this.fixtures.account(staff, Role.OFFICE_STAFF, null, null, null);
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("username", staff)
			.param("password", AdminFixtures.PASSWORD)
			.param("remember-me", "on")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(result.getResponse().getCookie("remember-me")).isNull();
		assertThat(tokens(staff)).isZero();
		assertThat(tokens()).isZero();
	}

	@Test
	void aLockOrDeactivationByTheAdministratorRemovesTheTokens() {
		remember();
		asAdmin();
		this.accounts.lock(this.id);
		assertThat(tokens()).isZero();

		this.accounts.unlock(this.id);
		remember();
		this.accounts.setActive(this.id, false);
		assertThat(tokens()).isZero();
	}

	@Test
	void aResetPasswordOrALockoutAfterFiveFailuresRemovesTheTokens() {
		remember();
		asAdmin();
		this.accounts.resetPassword(this.id, "Another-horse-2");
		assertThat(tokens()).isZero();
		this.accounts.unlock(this.id);

		remember();
		for (int i = 0; i < 5; i++) {
			this.signIns.failed(this.username, "127.0.0.1");
		}
		assertThat(tokens()).isZero();
	}

	@Test
	void changingTheOwnPasswordRemovesTheTokens() {
		remember();
		CurrentAccount account = this.accounts.loadForLogin(this.username).orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		this.accounts.changeOwnPassword(AdminFixtures.PASSWORD, "Brand-new-horse-3");
		assertThat(tokens()).isZero();
	}

	private void remember() {
		this.jdbc.sql("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, now())")
			.params(this.username, UUID.randomUUID().toString(), UUID.randomUUID().toString())
			.update();
		assertThat(tokens()).isEqualTo(1);
	}

	private void asAdmin() {
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.OFFICE_ADMIN, null, null, null));
	}

	private int tokens() {
		return tokens(this.username);
	}

	private int tokens(String name) {
		return this.jdbc.sql("select count(*) from persistent_logins where username = ?")
			.param(name)
			.query(Integer.class)
			.single();
	}
}
