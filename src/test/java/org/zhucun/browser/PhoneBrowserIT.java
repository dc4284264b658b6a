package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every demo account can sign in on a phone 360 px wide, the page does not scroll sideways, and the menu opens. */
class PhoneBrowserIT extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "office", "town", "unit", "leader", "member" })
	void signInAndOpenTheMenuAt360Pixels(String username) {
		Page phone = newPage(true);
		phone.navigate("/login");
		assertThat(phone.locator("#username")).isVisible();
		assertNoHorizontalOverflow(phone);

		login(phone, username);
		assertThat(phone.locator("h1")).isVisible();
		assertNoHorizontalOverflow(phone);
		assertThat(phone.locator("#mainNav")).not().isVisible();
		phone.locator(".navbar-toggler").click();
		assertThat(phone.locator("#mainNav")).isVisible();
		assertThat(phone.locator("#userMenu")).isVisible();
		assertNoHorizontalOverflow(phone);
	}
}
