package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.zhucun.demo.DemoAccounts;

/**
 * The month overview in the browser: the office finds it in the navigation, opens a town from the table by town and
 * goes back to the district; the town official reads their town's overview on a phone without sideways scrolling.
 */
class OverviewBrowserIT extends BrowserTest {

	@Test
	void theOfficeOpensATownAndGoesBack() {
		login(this.page, DemoAccounts.OFFICE);
		this.page.locator("nav a[href='/attendance/overview']").click();
		assertThat(this.page.locator("#towns")).isVisible();
		assertThat(this.page.locator("#overview-note")).isVisible();
		String month = this.page.locator("#month").getAttribute("data-month");

		this.page.locator("#previous-month").click();
		assertThat(this.page.locator("#month")).not().hasAttribute("data-month", month);

		this.page.locator("#towns tbody tr[data-town] th a").first().click();
		assertThat(this.page.locator("#teams")).isVisible();
		assertThat(this.page.locator("#district-link")).isVisible();
		screenshot(this.page, "overview-town.png");

		this.page.locator("#district-link").click();
		assertThat(this.page.locator("#towns")).isVisible();
		screenshot(this.page, "overview-district.png");
	}

	@Test
	void theTownOfficialReadsTheTownOnAPhone() {
		Page phone = phoneSignedIn(DemoAccounts.TOWN);
		phone.navigate("/attendance/overview");
		assertThat(phone.locator("#overview-title")).containsText(DemoAccounts.TOWN_OF_DEMO);
		assertThat(phone.locator("#teams")).isVisible();
		assertThat(phone.locator("#district-link")).hasCount(0);
		assertNoHorizontalOverflow(phone);
		screenshot(phone, "overview-phone.png");
	}
}
