package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.TestClock;

/**
 * Every page of team members and team leaders, and the town official's overview and leave inbox, on a phone
 * 360×640: nothing reaches past the screen, no table scrolls sideways in a box, and every primary tap target is at
 * least 44×44 px, with the menu open too.
 */
class PhonePagesBrowserIT extends BrowserTest {

	private static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSignInPageFitsAPhone() {
		Page phone = newPage(true);
		phone.navigate("/login");
		assertThat(phone.locator("#remember-me")).isVisible();
		assertFitsPhone(phone);
	}

	@Test
	void everyMemberPageFitsAPhone() {
		List<String> pages = new ArrayList<>(List.of("/", "/attendance", "/attendance/days/" + TODAY.minusDays(1),
				"/attendance?month=" + YearMonth.from(TODAY).minusMonths(1), "/leave-requests/mine",
				"/leave-requests/new", "/teams/mine", "/account/password"));
		leaveOf(DemoAccounts.MEMBER).ifPresent(id -> pages.add("/leave-requests/" + id));
		checkPages(DemoAccounts.MEMBER, pages);
	}

	@Test
	void everyLeaderPageFitsAPhone() {
		Long memberCadre = cadreOf(DemoAccounts.MEMBER);
		List<String> pages = new ArrayList<>(List.of("/", "/attendance", "/attendance/days/" + TODAY.minusDays(1),
				"/attendance/week", "/attendance/week?week=" + IsoWeek.of(TODAY.minusWeeks(2)),
				"/attendance/week/cells?cadreId=" + memberCadre + "&date=" + TODAY.minusDays(1),
				"/attendance/cadres/" + memberCadre, "/attendance/sheets",
				"/attendance/sheets?month=" + YearMonth.from(TODAY).minusMonths(1), "/leave-requests/inbox",
				"/leave-requests", "/leave-requests/totals", "/leave-requests/mine", "/leave-requests/new",
				"/teams/mine", "/account/password"));
		leaveOf(DemoAccounts.MEMBER).ifPresent(id -> pages.add("/leave-requests/" + id));
		checkPages(DemoAccounts.LEADER, pages);
	}

	@Test
	void theTownOverviewAndInboxFitAPhone() {
		checkPages(DemoAccounts.TOWN, List.of("/attendance/overview",
				"/attendance/overview?month=" + YearMonth.from(TODAY).minusMonths(1), "/leave-requests/inbox"));
	}

	private void checkPages(String username, List<String> pages) {
		Page phone = newPage(true);
		login(phone, username);
		for (String path : pages) {
			Response response = phone.navigate(path);
			assertThat(response.status()).as("answer to %s", path).isEqualTo(200);
			assertThat(phone.locator("main h1").first()).isVisible();
			assertFitsPhone(phone);
		}
		phone.locator(".navbar-toggler").click();
		assertThat(phone.locator("#mainNav")).isVisible();
		phone.locator("#userMenu").click();
		assertThat(phone.locator("#userMenu + .dropdown-menu")).isVisible();
		assertFitsPhone(phone);
	}

	private Optional<Long> leaveOf(String username) {
		return this.jdbc.queryForList("""
				select r.id from leave_request r join account a on a.cadre_id = r.cadre_id
				where a.username = ? order by r.id desc limit 1""", Long.class, username).stream().findFirst();
	}

	private Long cadreOf(String username) {
		return this.jdbc.queryForObject("select cadre_id from account where username = ?", Long.class, username);
	}
}
