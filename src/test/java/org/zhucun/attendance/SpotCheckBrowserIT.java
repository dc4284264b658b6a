package org.zhucun.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The demo town official records a spot check on a phone 360 px wide without script: picks a team, then its member,
 * then saves, and sees the check with the declared record of the day.
 */
class SpotCheckBrowserIT extends org.zhucun.browser.BrowserTest {

	@Test
	void theTownRecordsASpotCheckInTwoStepsAt360Pixels() {
		Page phone = phoneSignedIn("town");
		phone.navigate("/attendance/spot-checks/new");
		assertThat(phone.locator("#pick-team-first")).isVisible();
		assertNoHorizontalOverflow(phone);

		String team = phone.locator("#team option[value]:not([value=''])").first().getAttribute("value");
		phone.locator("#team").selectOption(team);
		phone.locator("#pick-team").click();
		assertThat(phone.locator("#spot-check-form")).isVisible();
		assertThat(phone.locator("#team")).hasValue(team);

		Locator cadre = phone.locator("#cadreId");
		String cadreId = cadre.locator("option[value]:not([value=''])").first().getAttribute("value");
		cadre.selectOption(new SelectOption().setValue(cadreId));
		phone.locator("input[name='method'][value='PHONE']").check();
		phone.locator("input[name='foundPresent'][value='true']").check();
		phone.locator("#note").fill("电话抽查，本人在村");
		assertNoHorizontalOverflow(phone);
		phone.locator("#save-spot-check").click();

		assertThat(phone.locator(".alert-success")).isVisible();
		assertThat(phone.locator("#result")).hasAttribute("data-present", "true");
		assertThat(phone.locator("#spot-check")).containsText("电话抽查，本人在村");
		assertNoHorizontalOverflow(phone);

		phone.locator("#back-to-list").click();
		assertThat(phone.locator("#discrepancy-count")).isVisible();
		assertThat(phone.locator("#spot-check-table tbody tr").first()).isVisible();
		assertNoHorizontalOverflow(phone);
	}
}
