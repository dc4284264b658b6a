package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;

/**
 * On phones 360 px wide, {@code member} marks today in the village with a night; {@code leader} sees it in the team's
 * week grid, confirms the week and sees who confirmed it (issue 5).
 */
class WeekBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void memberMarksTodayLeaderSeesItInTheWeekAndConfirms() {
		Long memberCadre = this.jdbc.queryForObject("select cadre_id from account where username = ?", Long.class,
				DemoAccounts.MEMBER);

		Page member = phoneSignedIn(DemoAccounts.MEMBER);
		member.navigate("/attendance");
		declareTodayInTheVillageWithANight(member);

		Page leader = phoneSignedIn(DemoAccounts.LEADER);
		leader.navigate("/attendance/week");
		Locator cell = leader.locator("#week-grid td[data-cadre='" + memberCadre + "'][data-day='" + TODAY + "']");
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
}
