package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The office sees the households by category and town and the monitoring pipeline drawn as charts beside their
 * tables, opens a town's villages from the table, and a town official sees their villages.
 */
class PairingChartsBrowserIT extends BrowserTest {

	@Test
	void theOverviewChartsAreDrawnFromTheirTables() {
		Page office = newPage(false);
		login(office, "office");
		office.navigate("/households/overview");
		assertThat(office.locator("[data-table='areas-table'] svg")).isVisible();
		assertThat(office.locator("[data-table='areas-table'] svg text").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText("已脱贫户")).first()).isVisible();
		office.locator("#areas-table tbody tr td a").first().click();
		assertThat(office).hasURL(Pattern.compile("/households/overview\\?townId=\\d+$"));
		assertThat(office.locator(".card-body > h2.h5")).hasText("各村农户类别");
		assertThat(office.locator("[data-table='areas-table'] svg")).isVisible();

		office.navigate("/monitoring");
		assertThat(office.locator("[data-table='pipeline'] svg")).isVisible();
		assertThat(office.locator("#pipeline tbody tr[data-state='FLAGGED']")).isVisible();

		Page town = newPage(false);
		login(town, "town");
		town.navigate("/households/overview");
		assertThat(town.locator(".card-body > h2.h5")).hasText("各村农户类别");
		assertThat(town.locator("[data-table='areas-table'] svg")).isVisible();
	}
}
