package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.zhucun.demo.DemoAccounts;

/** Signing in and out in a real browser, the sign-in error in Chinese, and the English pages. */
class LoginBrowserIT extends BrowserTest {

	@Test
	void adminSeesHomeWithNameAndRoleNavigationAndSignsOut() {
		login(this.page, DemoAccounts.ADMIN);
		assertThat(this.page.locator("h1")).hasText("您好，" + DemoAccounts.ADMIN_NAME);
		Locator nav = this.page.locator("#mainNav");
		assertThat(nav.locator("a[href='/towns']")).hasText("镇（街道）");
		assertThat(nav.locator("a[href='/villages']")).hasText("行政村");
		assertThat(nav.locator("a[href='/units']")).hasText("帮扶单位");
		assertThat(nav.locator("a[href='/cadres']")).hasText("干部");
		assertThat(nav.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("系统管理"))).isVisible();
		assertThat(this.page.locator("#userMenu")).hasText(DemoAccounts.ADMIN_NAME);

		this.page.locator("#userMenu").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录"))
			.click();
		assertThat(this.page).hasURL(baseUrl() + "/login?logout");
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("您已退出登录。");

		this.page.navigate("/");
		assertThat(this.page).hasURL(Pattern.compile(".*/login$"));
		assertThat(this.page.locator("#mainNav")).hasCount(0);
	}

	@Test
	void wrongPasswordShowsTheErrorInChinese() {
		this.page.navigate("/login");
		submitLogin(this.page, DemoAccounts.OFFICE, "wrong-" + System.nanoTime());
		assertThat(this.page).hasURL(baseUrl() + "/login?error");
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("用户名或密码错误，或账号已锁定。连续失败 5 次，账号将锁定 15 分钟；需要提前解锁请联系办公室管理员。");
		assertThat(this.page.locator("#mainNav")).hasCount(0);
		// The right password still works and clears the failure count.
		login(this.page, DemoAccounts.OFFICE);
		assertThat(this.page.locator("h1")).hasText("您好，" + DemoAccounts.OFFICE_NAME);
	}

	@Test
	void englishOnRequestAndRemembered() {
		this.page.navigate("/login?lang=en");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("label[for=username]")).hasText("User name");
		assertThat(this.page.locator("label[for=password]")).hasText("Password");
		assertThat(this.page.locator("form[action='/login'] button[type=submit]")).hasText("Sign in");
		login(this.page, DemoAccounts.OFFICE);
		assertThat(this.page.locator("h1")).hasText("Welcome, " + DemoAccounts.OFFICE_NAME);
		assertThat(this.page.locator("#mainNav a[href='/villages']")).hasText("Villages");
	}
}
