package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.TestUsers;

/**
 * A member's day sent again (a double tap without the page's script, a retry after a lost answer, a reload of the
 * POST) ends as saved with one record; a different choice on a stale form is still a conflict; a form whose sign-in
 * expired goes back to its page with the choice in the address, and the page puts it back.
 */
class RepeatedSaveIT extends AttendanceIT {

	@Test
	void theSameDaySentTwiceIsSavedOnce() {
		Team team = team();
		LocalDate day = TODAY.minusDays(1);
		String month = "/attendance?month=" + YearMonth.from(day);

		for (int i = 0; i < 2; i++) {
			assertThat(post(team, day, "IN_VILLAGE", "true", null)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(month)
				.flash().containsEntry("successMessage", "attendance.day.saved");
		}
		assertThat(count(team, day)).isEqualTo(1);

		// The form as first shown (version 0) sent again after the record moved on: still the same choice, saved.
		assertThat(post(team, day, "REST", null, "0")).hasStatus(HttpStatus.FOUND);
		assertThat(post(team, day, "REST", null, "0")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(month);
		assertThat(status(team, day)).isEqualTo("REST");

		// A different choice on that stale form: someone else's change would be lost, so a conflict.
		assertThat(post(team, day, "OFFICIAL_BUSINESS", null, "0")).hasStatus(HttpStatus.CONFLICT);
		assertThat(status(team, day)).isEqualTo("REST");
		assertThat(count(team, day)).isEqualTo(1);
	}

	@Test
	void aFormSentAfterTheSignInExpiredGoesBackToItsPageWithTheChoice() {
		Team team = team();
		LocalDate day = TODAY.minusDays(1);

		assertThat(this.mvc.post()
			.uri("/attendance/days/" + day)
			.header("Referer", "http://localhost/attendance/days/" + day)
			.param("status", "REST")
			.param("overnight", "true")
			.param("version", "3")
			.param("_keep", "status,overnight"))
			.hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", "/attendance/days/" + day + "?expired&status=REST&overnight=true");
		assertThat(count(team, day)).isZero();

		// Another site's address, or a field that is not listed or not a plain word, never travels.
		assertThat(this.mvc.post()
			.uri("/attendance/today")
			.header("Referer", "http://elsewhere.example/attendance")
			.param("status", "REST")
			.param("secret", "x")
			.param("_keep", "status"))
			.hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", "/?expired&status=REST");
		assertThat(this.mvc.post()
			.uri("/attendance/today")
			.header("Referer", "http://localhost/attendance?month=2026-11")
			.param("status", "<b>"))
			.hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", "/attendance?month=2026-11&expired");

		assertThat(this.mvc.get()
			.uri("/attendance/days/" + day + "?expired&status=REST&overnight=true")
			.with(TestUsers.member(team.unitId(), team.memberId())))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"save-expired\"")
			.containsPattern("value=\"REST\"[^>]*checked")
			.containsPattern("name=\"overnight\"[^>]*checked");
		assertThat(this.mvc.get()
			.uri("/attendance/days/" + day + "?status=ABSENT")
			.with(TestUsers.member(team.unitId(), team.memberId())))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"save-expired\"")
			.doesNotContainPattern("value=\"ABSENT\"");
	}

	private MvcTestResult post(Team team, LocalDate day, String status,
			String overnight, String version) {
		var request = this.mvc.post()
			.uri("/attendance/days/" + day)
			.param("status", status)
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		if (overnight != null) {
			request = request.param("overnight", overnight);
		}
		if (version != null) {
			request = request.param("version", version);
		}
		return request.exchange();
	}

	private int count(Team team, LocalDate day) {
		return this.jdbc.queryForObject("select count(*) from day_record where cadre_id = ? and day = ?",
				Integer.class, team.memberId(), day);
	}

	private String status(Team team, LocalDate day) {
		return this.jdbc.queryForObject("select status from day_record where cadre_id = ? and day = ?", String.class,
				team.memberId(), day);
	}
}
