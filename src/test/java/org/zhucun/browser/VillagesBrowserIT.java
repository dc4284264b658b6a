package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;

/** Office staff open the villages list from the navigation and find the demo district's villages in it. */
class VillagesBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void officeOpensTheVillagesListFromTheNavigation() {
		login(this.page, DemoAccounts.OFFICE);
		this.page.locator("#mainNav a[href='/villages']").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/villages(\\?.*)?$"));
		Locator rows = this.page.locator("table tbody tr");
		assertThat(rows.first()).isVisible();
		// Other tests add villages of their own, so search for one of the demo district's.
		String village = this.jdbc.queryForObject(
				"select name from village where created_by = 'demo' order by id limit 1", String.class);
		this.page.locator("#f-name").fill(village);
		this.page.locator("#f-name").press("Enter");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(village)).first()).isVisible();
		assertThat(this.page.locator("table")).containsText("克井镇");
	}
}
