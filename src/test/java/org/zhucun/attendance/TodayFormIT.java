package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.support.TestUsers;

/**
 * The member's one-tap form for today: saved with or without a position, a position far from the village marked for
 * review but never refused, leave never overwritten, bad input answered with messages.
 */
class TodayFormIT extends AttendanceIT {

	@Autowired
	private DayRecordRepository records;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theMemberRecordsTodayInTheVillageWithANight() {
		Team team = team();

		MvcTestResult result = post(team, "status", "IN_VILLAGE", "overnight", "true").exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/attendance");
		assertThat(result).flash().containsEntry("successMessage", "attendance.today.saved");
		assertThat(today(team.memberId())).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("status", "IN_VILLAGE")
			.containsEntry("overnight", true)
			.containsEntry("source", "SELF")
			.containsEntry("team_id", team.teamId())
			.containsEntry("needs_review", false)
			.containsEntry("distance_m", null));

		assertThat(this.mvc.get().uri("/attendance").with(TestUsers.member(team.unitId(), team.memberId())).exchange())
			.bodyText()
			.contains("data-day=\"" + TODAY + "\" data-status=\"IN_VILLAGE\"")
			.contains("att-today");
	}

	@Test
	void aPositionOutsideTheRadiusIsKeptAndMarkedForReviewAndACorrectionNeedsTheVersion() {
		Team team = team();
		this.jdbc.update("update village set latitude = 36.651200, longitude = 117.120000, radius_m = 1000"
				+ " where id = ?", team.villageId());

		assertThat(post(team, "status", "IN_VILLAGE", "latitude", "36.700000", "longitude", "117.120000",
				"accuracy", "25").exchange()).hasStatus(HttpStatus.FOUND);

		Map<String, Object> far = today(team.memberId()).get(0);
		assertThat(far).containsEntry("needs_review", true).containsEntry("accuracy_m", 25);
		assertThat((Integer) far.get("distance_m")).isBetween(5400, 5500);

		assertThat(post(team, "status", "IN_VILLAGE", "latitude", "36.651300", "longitude", "117.120100",
				"accuracy", "10").exchange()).hasStatus(HttpStatus.CONFLICT);

		assertThat(post(team, "status", "IN_VILLAGE", "latitude", "36.651300", "longitude", "117.120100",
				"accuracy", "10", "version", String.valueOf(far.get("version"))).exchange())
			.hasStatus(HttpStatus.FOUND);
		Map<String, Object> near = today(team.memberId()).get(0);
		assertThat(near).containsEntry("needs_review", false);
		assertThat((Integer) near.get("distance_m")).isLessThan(20);
	}

	@Test
	void todaysFormShowsTodaysRecordOnEveryMonthOfThePage() throws Exception {
		Team team = team();
		assertThat(post(team, "status", "OFFICIAL_BUSINESS").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(post(team, "status", "REST", "version", "0").exchange()).hasStatus(HttpStatus.FOUND);
		Object version = today(team.memberId()).get(0).get("version");
		assertThat(version).isEqualTo(1L);

		for (String month : List.of("", "?month=" + YearMonth.from(TODAY).minusMonths(2),
				"?month=" + YearMonth.from(TODAY).plusMonths(1))) {
			String html = this.mvc.get()
				.uri("/attendance" + month)
				.with(TestUsers.member(team.unitId(), team.memberId()))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(month).contains("id=\"today-form\"");
			assertThat(html.replaceAll("\\s+", " ")).as(month)
				.containsPattern("<input type=\"hidden\"[^>]* name=\"version\" value=\"1\"")
				.containsPattern("value=\"REST\"[^>]* checked=\"checked\"")
				.doesNotContainPattern("value=\"OFFICIAL_BUSINESS\"[^>]* checked");
			assertThat(html.contains("data-day=\"" + TODAY + "\" data-status=\"REST\"")).as(month)
				.isEqualTo(month.isEmpty());
		}
	}

	@Test
	void aLeaveDayCannotBeOverwritten() {
		Team team = team();
		this.transactions.executeWithoutResult(
				tx -> this.records.save(DayRecord.leave(team.memberId(), team.teamId(), TODAY, 4244L)));

		assertThat(this.mvc.get().uri("/attendance").with(TestUsers.member(team.unitId(), team.memberId())).exchange())
			.bodyText()
			.contains("id=\"today-locked\"")
			.doesNotContain("id=\"today-form\"");

		MvcTestResult result = post(team, "status", "IN_VILLAGE", "version", "0").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("今天为已批准的请假");
		assertThat(today(team.memberId())).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "LEAVE"));
	}

	@Test
	void badInputIsAnsweredWithMessagesAndNothingIsSaved() {
		Team team = team();

		assertThat(post(team, "status", "REST", "overnight", "true").exchange()).hasStatusOk()
			.bodyText()
			.contains("只有在村的日子才能登记在村住宿");
		assertThat(post(team, "status", "LEAVE").exchange()).hasStatusOk().bodyText().contains("不能登记该状态");
		assertThat(post(team, "status", "ABSENT").exchange()).hasStatusOk().bodyText().contains("不能登记该状态");
		assertThat(post(team, "status", "NOPE").exchange()).hasStatusOk().bodyText().contains("值无效");
		assertThat(post(team, "status", "IN_VILLAGE", "latitude", "123", "longitude", "117").exchange())
			.hasStatusOk()
			.bodyText()
			.contains("浏览器提供的位置无法使用");
		assertThat(post(team).exchange()).hasStatusOk().bodyText().contains("alert-danger");

		assertThat(today(team.memberId())).isEmpty();
	}

	@Test
	void onlyTeamAccountsRecordTheirOwnDayAndOnlyWhileServing() {
		Team team = team();
		long outsider = cadre(team.unitId());

		assertThat(this.mvc.post()
			.uri("/attendance/today")
			.param("status", "IN_VILLAGE")
			.with(TestUsers.town(team.townId()))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.mvc.get().uri("/attendance").with(TestUsers.member(team.unitId(), outsider)).exchange())
			.bodyText()
			.contains("id=\"today-locked\"");
		assertThat(this.mvc.post()
			.uri("/attendance/today")
			.param("status", "IN_VILLAGE")
			.with(TestUsers.member(team.unitId(), outsider))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.exchange()).hasStatusOk().bodyText().contains("您今天不在驻村工作队中");
		assertThat(today(outsider)).isEmpty();
	}

	private MockMvcRequestBuilder post(Team team, String... params) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/attendance/today")
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private List<Map<String, Object>> today(long cadreId) {
		return this.jdbc.queryForList("select status, overnight, source, team_id, needs_review, distance_m, accuracy_m,"
				+ " version from day_record where cadre_id = ? and day = ?", cadreId, TODAY);
	}
}
