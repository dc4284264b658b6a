package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

/**
 * {@code unit} records a purchase, marks it received and paid, and its progress changes on its home card and on the
 * office's overview, in the chart's table and the chart (issue 15).
 */
class PurchaseBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void unitRecordsAPurchaseMarksItReceivedAndPaidAndTheProgressChanges() {
		long unitId = this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
		Page unit = newPage(false);
		login(unit, "unit");
		unit.navigate("/");
		String cardBefore = unit.locator("[data-card='purchases.unit'] .home-card-headline").innerText();

		Page office = newPage(false);
		login(office, "office");
		office.navigate("/purchases/overview");
		assertThat(office.locator("[data-table='months-table'] svg")).isVisible();
		String row = "#behind-table tr[data-unit='" + unitId + "']";
		BigDecimal progressBefore = new BigDecimal(office.locator(row).getAttribute("data-progress"));
		String monthBefore = office.locator("#months-table tbody tr").last().getAttribute("data-counted");

		unit.navigate("/purchases/new");
		unit.locator("select[name=villageId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		unit.locator("select[name=sellerKind]").selectOption("VILLAGE");
		unit.locator("[name=product]").fill("浏览器测试小米");
		unit.locator("select[name=categoryId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		unit.locator("[name=quantity]").fill("100");
		unit.locator("[name=measure]").fill("公斤");
		unit.locator("[name=amount]").fill("2600.00");
		unit.locator("select[name=channelId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		unit.locator("select[name=destination]").selectOption("CANTEEN");
		unit.locator("select[name=buyerKind]").selectOption("UNIT");
		unit.locator("form[action='/purchases'] button[type=submit]").click();
		assertThat(unit.locator(".alert-success")).isVisible();
		unit.locator("#receive-form button[type=submit]").click();
		assertThat(unit.locator("#pay-form")).isVisible();
		unit.locator("#pay-form button[type=submit]").click();
		assertThat(unit.locator(".alert-success")).containsText("计入完成额");

		unit.navigate("/");
		assertThat(unit.locator("[data-card='purchases.unit'] .home-card-headline")).not().hasText(cardBefore);

		office.navigate("/purchases/overview");
		assertThat(office.locator("[data-table='months-table'] svg")).isVisible();
		BigDecimal progressAfter = new BigDecimal(office.locator(row).getAttribute("data-progress"));
		assertThat(progressAfter).isGreaterThan(progressBefore);
		assertThat(new BigDecimal(office.locator("#months-table tbody tr").last().getAttribute("data-counted")))
			.isEqualByComparingTo(new BigDecimal(monthBefore).add(new BigDecimal("2600.00")));
	}
}
