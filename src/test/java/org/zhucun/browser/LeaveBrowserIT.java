package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;

/**
 * On a phone, {@code member} asks for two days of leave and sees the count before submitting; {@code leader} and
 * {@code town} approve from their inboxes; the member sees the request approved and the two days marked as leave on
 * their attendance (issue 4).
 */
class LeaveBrowserIT extends BrowserTest {

	private static final Pattern REQUEST_URL = Pattern.compile(".*/leave-requests/(\\d+)([?#].*)?$");

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void memberAsksForTwoDaysLeaderAndTownApproveMemberSeesItApproved() {
		LocalDate first = freeFirstDay();
		Page member = phoneSignedIn(DemoAccounts.MEMBER);
		member.navigate("/leave-requests/new");
		member.locator("select[name=type]").selectOption("PERSONAL");
		member.locator("[name=firstDay]").fill(first.toString());
		member.locator("[name=lastDay]").fill(first.plusDays(1).toString());
		assertThat(member.locator("#leaveDays")).containsText("2");
		member.locator("[name=reason]").fill("浏览器测试 " + System.nanoTime());
		member.locator("form[action='/leave-requests'] button[type=submit]").click();
		assertThat(member).hasURL(REQUEST_URL);
		String requestPath = member.url().replaceFirst("^https?://[^/]+", "");

		for (String approver : new String[] { DemoAccounts.LEADER, DemoAccounts.TOWN }) {
			Page page = phoneSignedIn(approver);
			page.navigate("/leave-requests/inbox");
			page.locator("a[href='" + requestPath + "']").click();
			page.locator("form[action$='/approve'] button[type=submit]").first().click();
			assertThat(page.locator(".alert-success")).isVisible();
		}

		member.navigate("/leave-requests/mine");
		assertThat(member.locator("tr:has(a[href='" + requestPath + "']) .badge.text-bg-success")).isVisible();

		// The attendance module marks the days once it has handled the approval's event.
		member.navigate("/attendance?month=" + YearMonth.from(first));
		for (LocalDate day : List.of(first, first.plusDays(1))) {
			if (!YearMonth.from(day).equals(YearMonth.from(first))) {
				member.navigate("/attendance?month=" + YearMonth.from(day));
			}
			assertThat(member.locator("[data-day='" + day + "']")).hasAttribute("data-status", "LEAVE");
		}
	}

	/** @return a first day from five days ahead on, after every pending or approved leave of the demo member */
	private LocalDate freeFirstDay() {
		LocalDate latest = this.jdbc.queryForObject("""
				select max(r.last_day) from leave_request r join account a on a.cadre_id = r.cadre_id
				where a.username = ? and r.state in ('PENDING', 'APPROVED')""", LocalDate.class, DemoAccounts.MEMBER);
		LocalDate earliest = TODAY.plusDays(5);
		return latest == null || latest.isBefore(earliest) ? earliest : latest.plusDays(1);
	}
}
