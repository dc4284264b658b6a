package org.zhucun.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.zhucun.browser.BrowserTest;
import org.zhucun.shared.web.Formats;

/** The demo member records today on a phone 360 px wide, with one tap and a night, and sees it in the month. */
class AttendanceBrowserIT extends BrowserTest {

	@Test
	void theMemberMarksTodayInTheVillageWithANightAt360Pixels() {
		Page phone = newPage(true);
		login(phone, "member");
		phone.navigate("/attendance");
		assertThat(phone.locator("#calendar")).isVisible();
		assertNoHorizontalOverflow(phone);
		Assumptions.assumeFalse(phone.locator("#today-locked").isVisible(),
				"today is leave or a holiday for the demo member");

		phone.locator("label[for='status1']").click();
		phone.locator("input[name='overnight'][type='checkbox']").check();
		phone.locator("#save-today").click();

		Locator today = phone.locator("[data-day='" + LocalDate.now(Formats.ZONE) + "']");
		assertThat(today).hasAttribute("data-status", "IN_VILLAGE");
		assertThat(today.locator(".att-night")).isVisible();
		assertThat(phone.locator(".alert-success")).isVisible();
		assertNoHorizontalOverflow(phone);
	}

	private static void assertNoHorizontalOverflow(Page page) {
		Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("page width at %d px: %s", PHONE_WIDTH, page.url())
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}
}
