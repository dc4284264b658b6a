package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.TestClock;
import org.zhucun.workteams.TeamService;

/**
 * A member's day saved from a phone on a weak network (issue 10): a double tap or a repeated send saves one record and
 * ends on "saved"; without a network the page says so, keeps the choice and sends it once the network is back; a save
 * after the sign-in expired leads through the sign-in back to the form with the choice kept.
 */
class SaveBrowserIT extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TeamService teams;

	@Test
	void aDoubleTapSavesTheDayOnceAndEndsOnSaved() {
		FieldTeam team = FieldTeam.create(this.jdbc, this.teams);
		LocalDate day = workingDay();
		Page phone = memberOnDay(team, day);

		phone.locator("label[for='status3']").click();
		// Two taps faster than the first answer: the second must neither send again nor end on an error.
		phone.locator("#save-day").evaluate("button => { button.click(); button.click(); }");

		assertThat(phone.locator(".alert-success")).isVisible();
		assertThat(phone).hasURL(Pattern.compile(".*/attendance\\?month=" + YearMonth.from(day) + "$"));
		assertThat(phone.locator("[data-day='" + day + "']")).hasAttribute("data-status", "REST");
		assertThat(rows(team, day)).singleElement().satisfies(row -> assertThat(row).containsEntry("status", "REST"));
	}

	@Test
	void theSameSaveSentThreeTimesAtOnceEndsSavedEachTimeWithOneRecord() {
		FieldTeam team = FieldTeam.create(this.jdbc, this.teams);
		LocalDate day = workingDay();
		Page phone = memberOnDay(team, day);
		phone.locator("label[for='status1']").click();
		phone.locator("input[name='overnight'][type='checkbox']").check();

		// What a retry after a lost answer, or a reload of the POST, sends: the same form again, here three at once.
		@SuppressWarnings("unchecked")
		List<String> answers = (List<String>) phone.evaluate("""
				() => {
				  const form = document.getElementById('day-form');
				  const send = () => fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })
				      .then(r => r.status + ' ' + new URL(r.url).pathname + new URL(r.url).search);
				  return Promise.all([send(), send(), send()]);
				}""");

		assertThat(answers).hasSize(3).allMatch(a -> a.equals("200 /attendance?month=" + YearMonth.from(day)), "saved");
		assertThat(rows(team, day)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "IN_VILLAGE").containsEntry("overnight", true));
	}

	@Test
	void offlineTheChoiceIsKeptAndSentOnceTheNetworkIsBack() {
		FieldTeam team = FieldTeam.create(this.jdbc, this.teams);
		LocalDate day = workingDay();
		Page phone = memberOnDay(team, day);
		phone.locator("label[for='status2']").click();

		phone.context().setOffline(true);
		phone.locator("#save-day").click();
		assertThat(phone.locator("[data-save-status]")).containsText("没有网络，尚未保存");
		assertThat(phone.locator("#status2")).isChecked();
		assertThat(phone.locator("#save-day")).isEnabled();
		assertThat(rows(team, day)).isEmpty();

		phone.context().setOffline(false);
		assertThat(phone.locator(".alert-success")).isVisible();
		assertThat(phone.locator("[data-day='" + day + "']")).hasAttribute("data-status", "OFFICIAL_BUSINESS");
		assertThat(rows(team, day)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "OFFICIAL_BUSINESS"));
	}

	@Test
	void afterTheSignInExpiredTheMemberSignsInAndFindsTheFormWithTheChoiceKept() {
		FieldTeam team = FieldTeam.create(this.jdbc, this.teams);
		LocalDate day = workingDay();
		Page phone = memberOnDay(team, day);
		phone.locator("label[for='status3']").click();

		this.jdbc.update("delete from spring_session where principal_name = ?", team.memberUsername());
		phone.locator("#save-day").click();

		assertThat(phone).hasURL(Pattern.compile(".*/login\\?expired$"));
		assertThat(phone.locator(".alert-warning")).isVisible();
		assertThat(rows(team, day)).isEmpty();
		submitLogin(phone, team.memberUsername(), DemoAccounts.PASSWORD);

		assertThat(phone).hasURL(Pattern.compile(".*/attendance/days/" + day + "\\?.*expired.*"));
		assertThat(phone.locator("#save-expired")).isVisible();
		assertThat(phone.locator("#status3")).isChecked();
		phone.locator("#save-day").click();
		assertThat(phone.locator(".alert-success")).isVisible();
		assertThat(rows(team, day)).singleElement().satisfies(row -> assertThat(row).containsEntry("status", "REST"));
	}

	@Test
	void aRememberedPhoneStaysSignedInUntilSignOut() {
		FieldTeam team = FieldTeam.create(this.jdbc, this.teams);
		Page phone = newPage(true);
		phone.navigate("/login");
		phone.locator("#remember-me").check();
		submitLogin(phone, team.memberUsername(), DemoAccounts.PASSWORD);
		assertThat(phone).hasURL(Pattern.compile(".*/attendance$"));
		assertThat(tokens(team.memberUsername())).isEqualTo(1);

		this.jdbc.update("delete from spring_session where principal_name = ?", team.memberUsername());
		LocalDate day = workingDay();
		phone.navigate("/attendance/days/" + day);
		assertThat(phone.locator("#day-form")).isVisible();

		phone.locator(".navbar-toggler").click();
		phone.locator("#userMenu").click();
		phone.locator("form[action='/logout'] button").click();
		assertThat(phone).hasURL(Pattern.compile(".*/login\\?logout$"));
		assertThat(tokens(team.memberUsername())).isZero();
		assertThat(phone.context().cookies()).noneMatch(c -> c.name.equals("remember-me"));
		phone.navigate("/attendance");
		assertThat(phone).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void anOfficeAccountIsNotRememberedEvenWhenAsked() {
		Page desktop = newPage(false);
		desktop.navigate("/login");
		desktop.locator("#remember-me").check();
		submitLogin(desktop, DemoAccounts.OFFICE, DemoAccounts.PASSWORD);
		assertThat(desktop).hasURL(baseUrl() + "/");
		assertThat(tokens(DemoAccounts.OFFICE)).isZero();
		assertThat(desktop.context().cookies()).noneMatch(c -> c.name.equals("remember-me"));
	}

	private Page memberOnDay(FieldTeam team, LocalDate day) {
		Page phone = newPage(true);
		login(phone, team.memberUsername());
		phone.navigate("/attendance/days/" + day);
		assertThat(phone.locator("#day-form[data-save-ready]")).isAttached();
		return phone;
	}

	/** @return a day of the last week that the member may fill in: not today, not a statutory holiday */
	private LocalDate workingDay() {
		LocalDate today = TestClock.TODAY;
		for (int back = 1; back <= 6; back++) {
			LocalDate day = today.minusDays(back);
			Integer holidays = this.jdbc.queryForObject("select count(*) from holiday where day = ?", Integer.class,
					day);
			if (holidays == 0) {
				return day;
			}
		}
		throw new IllegalStateException("no working day in the last week");
	}

	private List<Map<String, Object>> rows(FieldTeam team, LocalDate day) {
		return this.jdbc.queryForList("select status, overnight from day_record where cadre_id = ? and day = ?",
				team.memberId(), day);
	}

	private int tokens(String username) {
		return this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				username);
	}
}
