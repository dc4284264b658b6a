package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.YearMonth;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.zhucun.demo.DemoAccounts;

/**
 * Issue 16: {@code unit} submits this month's draft; {@code office} returns it with a comment; {@code unit} sees the
 * bell and the comment, changes a section and resubmits; {@code office} sees the change highlighted and accepts; the
 * report is locked.
 */
class MonthlyReportBrowserIT extends BrowserTest {

	private static final Pattern REPORT_URL = Pattern.compile(".*/monthly-reports/(\\d+)([?#].*)?$");

	@Test
	void unitSubmitsOfficeReturnsUnitResubmitsOfficeAcceptsTheReportIsLocked() {
		Page unit = newPage(false);
		login(unit, DemoAccounts.UNIT);
		unit.navigate("/monthly-reports");
		unit.locator("tr[data-month='" + YearMonth.from(TODAY) + "'] a").click();
		assertThat(unit).hasURL(REPORT_URL);
		String report = unit.url().replaceFirst("^https?://[^/]+", "");
		unit.locator("#workDone").fill("组织入户走访 32 户，召开院坝会 2 次。");
		unit.locator("#problems").fill("产业收入不稳定。");
		unit.locator("#submit").click();
		assertThat(unit.locator(".alert-success")).isVisible();
		assertThat(unit.locator("h1 [data-state]")).hasAttribute("data-state", "SUBMITTED");

		Page office = newPage(false);
		login(office, DemoAccounts.OFFICE);
		office.navigate(report);
		office.locator("#comment").fill("请写清楚走访的村组和发现的问题。");
		office.locator("#problemsComment").fill("问题要具体到户。");
		office.locator("#return").click();
		assertThat(office.locator(".alert-success")).isVisible();

		unit.navigate("/");
		assertThat(unit.locator("[data-nav=notifications] .badge")).isVisible();
		unit.locator("[data-nav=notifications]").click();
		unit.locator("#notices a").first().click();
		assertThat(unit).hasURL(REPORT_URL);
		assertThat(unit.locator("#general-comment")).containsText("请写清楚走访的村组和发现的问题。");
		assertThat(unit.locator("[data-comments=PROBLEMS]")).containsText("问题要具体到户。");
		unit.locator("#problems").fill("枣庙村三组 4 户产业收入不稳定。");
		unit.locator("#submit").click();
		assertThat(unit.locator(".alert-success")).isVisible();

		office.navigate(report);
		assertThat(office.locator("[data-section=PROBLEMS] .badge.text-bg-warning")).isVisible();
		assertThat(office.locator("[data-section=WORK_DONE] .badge.text-bg-warning")).hasCount(0);
		office.locator("#accept").click();
		assertThat(office.locator("h1 [data-state]")).hasAttribute("data-state", "ACCEPTED");
		assertThat(office.locator("#reopen-form")).isVisible();

		unit.navigate(report);
		assertThat(unit.locator("#locked")).isVisible();
		assertThat(unit.locator("#report-form")).hasCount(0);
	}
}
