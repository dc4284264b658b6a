package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;

/**
 * Issue 11: {@code admin} records leave for a cadre found by name (no numeric id anywhere).
 */
class OfficeLeaveAndReviewBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void adminRecordsLeaveForACadreFoundByName() {
		Map<String, Object> cadre = this.jdbc.queryForMap("""
				select c.id, c.name from cadre c join team_membership m on m.cadre_id = c.id and m.left_on is null
				where not exists (select 1 from account a where a.cadre_id = c.id)
				  and (select count(*) from cadre o where o.name = c.name) = 1
				order by c.id limit 1""");
		long cadreId = ((Number) cadre.get("id")).longValue();
		String name = (String) cadre.get("name");
		LocalDate first = freeFirstDay(cadreId);

		Page admin = newPage(false);
		login(admin, DemoAccounts.ADMIN);
		admin.navigate("/leave-requests/new");
		assertThat(admin.locator("input[type=number]")).hasCount(0);
		admin.locator("#cadre-q").fill(name);
		admin.locator("#cadre-search-button").click();
		admin.locator("#cadre-choices label:has-text('" + name + "') input[type=radio]").check();
		admin.locator("select[name=type]").selectOption("SICK");
		admin.locator("[name=firstDay]").fill(first.toString());
		admin.locator("[name=lastDay]").fill(first.toString());
		admin.locator("[name=reason]").fill("浏览器测试 办公室补录 " + System.nanoTime());
		admin.locator("form[action='/leave-requests'] button[type=submit]:not([form])").click();

		assertThat(admin).hasURL(Pattern.compile(".*/leave-requests/\\d+$"));
		assertThat(admin.locator("h1")).containsText(name);
		assertThat(admin.locator("#year-approved")).isVisible();
		assertThat(this.jdbc.queryForObject("select count(*) from leave_request where cadre_id = ? and first_day = ?"
				+ " and recorded_by_office", Integer.class, cadreId, first)).isEqualTo(1);
	}

	/** @return a day half a year ahead, after every pending or approved leave of the cadre */
	private LocalDate freeFirstDay(long cadreId) {
		LocalDate latest = this.jdbc.queryForObject("select max(last_day) from leave_request where cadre_id = ?"
				+ " and state in ('PENDING', 'APPROVED')", LocalDate.class, cadreId);
		LocalDate earliest = TODAY.plusDays(180);
		return latest == null || latest.isBefore(earliest) ? earliest : latest.plusDays(1);
	}
}
