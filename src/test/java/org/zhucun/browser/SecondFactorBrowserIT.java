package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.identity.Totp;
import org.zhucun.demo.DemoAccounts;

/**
 * {@code admin} sets up the second factor in a real browser and signs in with it: the demo exemption is switched
 * off for this test (setting {@code security.second-factor-demo-exempt}), as outside the demo profile. The test
 * reads the key the page shows and computes the app's codes from it, as an authenticator app does.
 */
class SecondFactorBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noDemoExemption() {
		this.jdbc.sql("""
				insert into policy_setting (key, valid_from, value, created_at, modified_at, created_by)
				values ('security.second-factor-demo-exempt', :from, 'false', now(), now(), 'test')""")
			.param("from", TODAY.minusDays(1))
			.update();
	}

	@AfterEach
	void demoAsBefore() {
		this.jdbc.sql("delete from policy_setting where key = 'security.second-factor-demo-exempt'").update();
		this.jdbc.sql("""
				update account set totp_secret = null, totp_enrolled_at = null, totp_last_step = null
				where username = :u""").param("u", DemoAccounts.ADMIN).update();
		this.jdbc.sql("delete from account_recovery_code where account_id = (select id from account where username = :u)")
			.param("u", DemoAccounts.ADMIN)
			.update();
	}

	@Test
	void adminEnrolsAnAuthenticatorAppAndSignsInWithItsCode() {
		this.page.navigate("/login");
		submitLogin(this.page, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
		assertThat(this.page).hasURL(baseUrl() + "/login/second-factor/enrol");
		assertThat(this.page.locator("h1")).hasText("设置第二重验证");
		assertThat(this.page.locator("#userMenu")).hasText(DemoAccounts.ADMIN_NAME);
		assertThat(this.page.locator("#otpauth-uri"))
			.hasAttribute("href", Pattern.compile("^otpauth://totp/.*admin\\?secret=.*"));
		String secret = this.page.locator("#secret").textContent().replace(" ", "");

		// Nothing else is reachable before the code.
		this.page.navigate("/admin/accounts");
		assertThat(this.page).hasURL(baseUrl() + "/login/second-factor/enrol");
		secret = this.page.locator("#secret").textContent().replace(" ", "");

		this.page.locator("#code").fill(Totp.code(secret, Totp.step(this.clock.instant()) - 5));
		this.page.locator("form[action='/login/second-factor/enrol'] button[type=submit]").click();
		assertThat(this.page.locator("#code-error")).containsText("验证码错误");

		this.page.locator("#code").fill(Totp.code(secret, Totp.step(this.clock.instant())));
		this.page.locator("form[action='/login/second-factor/enrol'] button[type=submit]").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("第二重验证已设置");
		assertThat(this.page.locator("#recovery-codes li")).hasCount(10);
		this.page.locator("#continue").click();
		assertThat(this.page.locator("h1")).hasText("您好，" + DemoAccounts.ADMIN_NAME);

		// Another browser: the password, then the app's next code.
		Page other = newPage(false);
		other.navigate("/login");
		submitLogin(other, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
		assertThat(other).hasURL(baseUrl() + "/login/second-factor");
		assertThat(other.locator("#secret")).hasCount(0);
		other.locator("#code").fill(Totp.code(secret, Totp.step(this.clock.instant()) + 1));
		other.locator("form[action='/login/second-factor'] button[type=submit]").click();
		assertThat(other).hasURL(baseUrl() + "/");
		assertThat(other.locator("h1")).hasText("您好，" + DemoAccounts.ADMIN_NAME);
	}
}
