package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(demoVillageNames())).first()).isVisible();
	}

	/** @return a pattern that matches the name of any village of the demo district */
	private Pattern demoVillageNames() {
		List<String> names = this.jdbc.queryForList("select name from village where created_by = 'demo'", String.class);
		return Pattern.compile(names.stream().map(Pattern::quote).collect(Collectors.joining("|")));
	}
}
