package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.support.TestUsers;

/**
 * A member fills in or corrects the last days the setting allows (7 by default) from their month: within the window
 * it is saved, a day older or in the future is refused with a message, leave stays leave, and another cadre's record
 * is out of reach.
 */
class DayBackfillIT extends AttendanceIT {

	@Autowired
	private DayRecordRepository records;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theMemberFillsInADaySevenDaysAgoFromTheMonth() {
		Team team = team();
		LocalDate day = TODAY.minusDays(7);

		assertThat(this.mvc.get().uri("/attendance?month=" + YearMonth.from(day))
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).bodyText().contains("href=\"/attendance/days/" + day + "\"")
			.doesNotContain("href=\"/attendance/days/" + TODAY.minusDays(8) + "\"");
		assertThat(this.mvc.get().uri("/attendance/days/" + day).with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatusOk().bodyText().contains("id=\"day-form\"");

		assertThat(post(team, day, "status", "IN_VILLAGE", "overnight", "true").exchange())
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/attendance?month=" + YearMonth.from(day));
		assertThat(rows(team.memberId(), day)).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("status", "IN_VILLAGE")
			.containsEntry("overnight", true)
			.containsEntry("source", "SELF")
			.containsEntry("team_id", team.teamId()));

		Object version = rows(team.memberId(), day).get(0).get("version");
		assertThat(post(team, day, "status", "REST", "version", String.valueOf(version)).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(rows(team.memberId(), day)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "REST").containsEntry("overnight", false));
	}

	@Test
	void aMemberCannotWriteAnotherCadresRecordOrADayOlderThanAllowed() {
		Team team = team();
		LocalDate old = TODAY.minusDays(8);

		assertThat(this.mvc.get().uri("/attendance/days/" + old).with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatusOk().bodyText().contains("id=\"day-locked\"").doesNotContain("id=\"day-form\"");
		assertThat(post(team, old, "status", "IN_VILLAGE").exchange()).hasStatusOk()
			.bodyText()
			.contains("该日已超出本人可补填的期限");
		assertThat(rows(team.memberId(), old)).isEmpty();

		LocalDate day = TODAY.minusDays(1);
		assertThat(this.mvc.post()
			.uri("/attendance/week/cells?cadreId=" + team.leaderId() + "&date=" + day)
			.param("status", "IN_VILLAGE")
			.param("reason", "想替队长登记")
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(team, day, "status", "IN_VILLAGE", "cadreId", String.valueOf(team.leaderId())).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(rows(team.leaderId(), day)).isEmpty();
		assertThat(rows(team.memberId(), day)).hasSize(1);
	}

	@Test
	void aDayInTheFutureIsRefused() {
		Team team = team();
		LocalDate tomorrow = TODAY.plusDays(1);

		assertThat(post(team, tomorrow, "status", "IN_VILLAGE").exchange()).hasStatusOk()
			.bodyText()
			.contains("未来的日期还不能登记");
		assertThat(rows(team.memberId(), tomorrow)).isEmpty();
	}

	@Test
	void aLeaveDayCannotBeOverwritten() {
		Team team = team();
		LocalDate day = TODAY.minusDays(2);
		this.transactions.executeWithoutResult(
				tx -> this.records.save(DayRecord.leave(team.memberId(), team.teamId(), day, 4245L)));

		assertThat(post(team, day, "status", "IN_VILLAGE", "version", "0").exchange()).hasStatusOk()
			.bodyText()
			.contains("该日为已批准的请假");
		assertThat(rows(team.memberId(), day)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "LEAVE"));
	}

	@Test
	void otherRolesHaveNoOwnDays() {
		Team team = team();

		assertThat(this.mvc.get().uri("/attendance/days/" + TODAY).with(TestUsers.town(team.townId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/attendance/days/2026-02-30").with(TestUsers.member(team.unitId(),
				team.memberId())).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MockMvcRequestBuilder post(Team team, LocalDate day, String... params) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/attendance/days/" + day)
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private List<Map<String, Object>> rows(long cadreId, LocalDate day) {
		return this.jdbc.queryForList("select status, overnight, source, team_id, note, version from day_record"
				+ " where cadre_id = ? and day = ?", cadreId, day);
	}
}
