package org.zhucun.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.zhucun.browser.BrowserTest;

/** The demo member records today on a phone 360 px wide, with one tap and a night, and sees it in the month. */
class AttendanceBrowserIT extends BrowserTest {

	@Test
	void theMemberMarksTodayInTheVillageWithANightAt360Pixels() {
		Page phone = phoneSignedIn("member");
		phone.navigate("/attendance");
		assertThat(phone.locator("#calendar")).isVisible();
		assertNoHorizontalOverflow(phone);

		declareTodayInTheVillageWithANight(phone);

		Locator today = phone.locator("[data-day='" + TODAY + "']");
		assertThat(today).hasAttribute("data-status", "IN_VILLAGE");
		assertThat(today.locator(".att-night")).isVisible();
		assertNoHorizontalOverflow(phone);
	}
}
