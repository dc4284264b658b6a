package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.shared.web.Formats;

/**
 * On phones 360 px wide, {@code member} marks today in the village with a night; {@code leader} sees it in the team's
 * week grid, confirms the week and sees who confirmed it (issue 5).
 */
class WeekBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void memberMarksTodayLeaderSeesItInTheWeekAndConfirms() {
		LocalDate today = LocalDate.now(Formats.ZONE);
		Long memberCadre = this.jdbc.queryForObject("select cadre_id from account where username = ?", Long.class,
				DemoAccounts.MEMBER);

		Page member = newPage(true);
		login(member, DemoAccounts.MEMBER);
		member.navigate("/attendance");
		Assumptions.assumeFalse(member.locator("#today-locked").isVisible(),
				"today is leave or a holiday for the demo member");
		member.locator("label[for='status1']").click();
		member.locator("input[name='overnight'][type='checkbox']").check();
		member.locator("#save-today").click();
		assertThat(member.locator(".alert-success")).isVisible();

		Page leader = newPage(true);
		login(leader, DemoAccounts.LEADER);
		leader.navigate("/attendance/week");
		Locator cell = leader.locator("#week-grid td[data-cadre='" + memberCadre + "'][data-day='" + today + "']");
		assertThat(cell).hasAttribute("data-status", "IN_VILLAGE");
		assertThat(cell).hasAttribute("data-night", "true");
		assertThat(cell.locator(".att-night")).isVisible();
		assertNoHorizontalOverflow(leader);

		leader.locator("#confirm-week").click();
		assertThat(leader.locator(".alert-success").first()).isVisible();
		assertThat(leader.locator("#week-confirmed")).isVisible();
		assertThat(leader.locator("#week-changed")).hasCount(0);
		assertNoHorizontalOverflow(leader);
	}

	private static void assertNoHorizontalOverflow(Page page) {
		Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("page width at %d px: %s", PHONE_WIDTH, page.url())
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}
}
