package org.zhucun.attendance;

import org.zhucun.attendance.domain.rule.IsoWeek;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.attendance.domain.Evidence;
import org.zhucun.support.TestUsers;

/**
 * The team leader's week: the grid with gaps, a correction with a required reason kept in history, the confirmation
 * (repeatable, and flagged when a record changes after it), and who may view, correct and confirm.
 */
class WeekIT extends AttendanceIT {

	/** A past week, whole, inside the fixture teams' membership (which began a year ago). */
	private static final IsoWeek WEEK = IsoWeek.of(TODAY.minusWeeks(2));

	@Autowired
	private DayRecordRepository records;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theLeaderSeesTheGridWithNightsAndGaps() throws Exception {
		Team team = team();
		LocalDate monday = WEEK.monday();
		save(DayRecord.declared(team.memberId(), team.teamId(), monday, DaySource.SELF, DayStatus.IN_VILLAGE, true,
				Evidence.NONE));
		save(DayRecord.leave(team.memberId(), team.teamId(), monday.plusDays(1), 4246L));

		String html = this.mvc.get()
			.uri("/attendance/week?week=" + WEEK)
			.with(leader(team))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String member = "data-cadre=\"" + team.memberId() + "\" data-day=\"";
		assertThat(html).contains(member + monday + "\" data-status=\"IN_VILLAGE\" data-night=\"true\"")
			.contains(member + monday.plusDays(1) + "\" data-status=\"LEAVE\"")
			.contains(member + monday.plusDays(2) + "\" data-status=\"NONE\" data-gap=\"true\"")
			.contains("data-cadre=\"" + team.leaderId() + "\" data-day=\"" + monday + "\" data-status=\"NONE\" data-gap=\"true\"")
			.contains("week=" + WEEK.previous())
			.contains("week=" + WEEK.next())
			.contains("/attendance/week/cells?cadreId=" + team.memberId() + "&amp;date=" + monday)
			.contains("id=\"confirm-form\"")
			.contains("id=\"week-unconfirmed\"");

		assertThat(this.mvc.get().uri("/attendance/week?week=nonsense").with(leader(team)).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-week=\"" + IsoWeek.of(TODAY) + "\"");
	}

	@Test
	void theLeaderCorrectsADayWithAReasonKeptInHistory() {
		Team team = team();
		LocalDate day = WEEK.monday().plusDays(2);
		String uri = "/attendance/week/cells?cadreId=" + team.memberId() + "&date=" + day;

		assertThat(this.mvc.get().uri(uri).with(leader(team)).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"cell-form\"");
		assertThat(correct(team, day, "status", "IN_VILLAGE", "overnight", "true", "reason", " ").exchange())
			.hasStatusOk()
			.bodyText()
			.contains("alert-danger")
			.contains("is-invalid");
		assertThat(rows(team.memberId(), day)).isEmpty();

		assertThat(correct(team, day, "status", "IN_VILLAGE", "overnight", "true", "reason", "电话核实在村").exchange())
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/attendance/week?week=" + WEEK);
		assertThat(rows(team.memberId(), day)).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("status", "IN_VILLAGE")
			.containsEntry("overnight", true)
			.containsEntry("source", "LEADER")
			.containsEntry("note", "电话核实在村"));

		Object version = rows(team.memberId(), day).get(0).get("version");
		assertThat(correct(team, day, "status", "ABSENT", "reason", "暗访未见到本人", "version", String.valueOf(version))
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForList("select a.status, a.note from day_record_aud a join day_record r on r.id = a.id"
				+ " where r.cadre_id = ? and r.day = ? order by a.rev", team.memberId(), day))
			.extracting(row -> row.get("status") + "/" + row.get("note"))
			.containsExactly("IN_VILLAGE/电话核实在村", "ABSENT/暗访未见到本人");
	}

	@Test
	void aLeaveDayCannotBeChangedByTheLeader() {
		Team team = team();
		LocalDate day = WEEK.monday();
		save(DayRecord.leave(team.memberId(), team.teamId(), day, 4247L));

		assertThat(correct(team, day, "status", "IN_VILLAGE", "reason", "更正", "version", "0").exchange())
			.hasStatusOk()
			.bodyText()
			.contains("该日为已批准的请假");
		assertThat(rows(team.memberId(), day)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "LEAVE"));
	}

	@Test
	void theLeaderConfirmsTheWeekTwiceHarmlesslyAndAChangeAfterwardsIsShown() {
		Team team = team();

		assertThat(confirm(team, leader(team)).exchange()).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/attendance/week?week=" + WEEK);
		assertThat(confirm(team, leader(team)).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from week_confirmation where team_id = ? and iso_year = ?"
				+ " and iso_week = ?", Integer.class, team.teamId(), WEEK.weekBasedYear(), WEEK.weekNumber())).isEqualTo(1);
		// The row keeps the latest confirmation; the security log keeps both, with who and which week.
		assertThat(this.jdbc.queryForObject("select count(*) from login_event where kind = 'WEEK_CONFIRMED'"
				+ " and username = 'test-team_leader' and detail = ?", Integer.class,
				"team " + team.teamId() + " " + WEEK.weekBasedYear() + "-W" + WEEK.weekNumber())).isEqualTo(2);
		assertThat(this.mvc.get().uri("/attendance/week?week=" + WEEK).with(leader(team)).exchange())
			.bodyText()
			.contains("id=\"week-confirmed\"")
			.contains("test-team_leader")
			.doesNotContain("id=\"week-changed\"");

		assertThat(correct(team, WEEK.monday(), "status", "REST", "reason", "周末调休").exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/attendance/teams/" + team.teamId() + "/week?week=" + WEEK)
			.with(TestUsers.town(team.townId()))
			.exchange()).bodyText().contains("id=\"week-confirmed\"").contains("id=\"week-changed\"");
	}

	@Test
	void onlyTheTeamsLeaderCorrectsAndConfirms() {
		Team team = team();
		Team other = team();

		assertThat(confirm(team, TestUsers.member(team.unitId(), team.memberId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(confirm(team, TestUsers.town(team.townId())).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/attendance/week").with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get()
			.uri("/attendance/week/cells?cadreId=" + team.memberId() + "&date=" + WEEK.monday())
			.with(leader(other))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/attendance/week/cells?cadreId=" + team.memberId() + "&date=" + WEEK.monday())
			.param("status", "ABSENT")
			.param("reason", "别队队长")
			.with(leader(other))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(rows(team.memberId(), WEEK.monday())).isEmpty();

		assertThat(confirm(other, leader(other)).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from week_confirmation where team_id = ?", Integer.class,
				team.teamId())).isZero();
	}

	@Test
	void theGridOfATeamIsForTheOfficeItsTownAndItsUnit() {
		Team team = team();
		Team other = team();
		String uri = "/attendance/teams/" + team.teamId() + "/week?week=" + WEEK;

		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.town(team.townId()),
				TestUsers.unit(team.unitId()), leader(team))) {
			assertThat(this.mvc.get().uri(uri).with(user).exchange()).hasStatusOk()
				.bodyText()
				.contains("data-cadre=\"" + team.memberId() + "\"");
		}
		assertThat(this.mvc.get().uri(uri).with(TestUsers.town(team.townId())).exchange()).bodyText()
			.doesNotContain("id=\"confirm-form\"")
			.doesNotContain("/attendance/week/cells");
		for (RequestPostProcessor user : List.of(TestUsers.town(other.townId()), TestUsers.unit(other.unitId()),
				leader(other), TestUsers.member(team.unitId(), team.memberId()))) {
			assertThat(this.mvc.get().uri(uri).with(user).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri("/attendance/teams/999999999/week").with(TestUsers.officeStaff()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void eachRowShowsTheWeeklyRuleForTheRecordedDays() throws Exception {
		Team team = team();
		LocalDate monday = WEEK.monday();
		for (int i = 0; i < 5; i++) {
			save(DayRecord.declared(team.memberId(), team.teamId(), monday.plusDays(i), DaySource.SELF,
					DayStatus.IN_VILLAGE, i < 4, Evidence.NONE));
		}

		String html = this.mvc.get()
			.uri("/attendance/week?week=" + WEEK)
			.with(leader(team))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(ruleCell(html, team.memberId())).contains("data-complies=\"true\" data-over=\"true\"")
			.contains("在村 5/5 天")
			.contains("住村 4/4 晚")
			.contains("达标");
		assertThat(ruleCell(html, team.leaderId())).contains("data-complies=\"false\" data-over=\"true\"")
			.contains("在村 0/5 天")
			.contains("未达标");

		String month = this.mvc.get()
			.uri("/attendance?month=" + WEEK.month())
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(month).contains("data-week=\"" + WEEK + "\" data-complies=\"true\"");
	}

	/** The rule's cell of the cadre's row: from the row's start to the end of the row. */
	private static String ruleCell(String html, long cadreId) {
		int row = html.indexOf("<tr data-cadre=\"" + cadreId + "\"");
		assertThat(row).as("row of cadre %d", cadreId).isNotNegative();
		int cell = html.indexOf("class=\"att-rule", row);
		return html.substring(cell, html.indexOf("</td>", cell));
	}

	private RequestPostProcessor leader(Team team) {
		return TestUsers.leader(team.unitId(), team.leaderId());
	}

	private MockMvcRequestBuilder confirm(Team team, RequestPostProcessor user) {
		return this.mvc.post()
			.uri("/attendance/week/confirm")
			.param("week", WEEK.toString())
			.with(user)
			.with(SecurityMockMvcRequestPostProcessors.csrf());
	}

	private MockMvcRequestBuilder correct(Team team, LocalDate day, String... params) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/attendance/week/cells?cadreId=" + team.memberId() + "&date=" + day)
			.with(leader(team))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private List<Map<String, Object>> rows(long cadreId, LocalDate day) {
		return this.jdbc.queryForList("select status, overnight, source, note, version from day_record"
				+ " where cadre_id = ? and day = ?", cadreId, day);
	}

	private void save(DayRecord record) {
		this.transactions.executeWithoutResult(tx -> this.records.save(record));
	}
}
