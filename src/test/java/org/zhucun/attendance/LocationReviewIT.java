package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.support.TestUsers;

/**
 * Records declared outside the village's radius: the mark and the distance on the leader's week grid and correction
 * page; the review list of the town and the office with its filters; marking one reviewed with a note (required,
 * kept in the audit trail); another town's official can neither see nor review it.
 */
class LocationReviewIT extends AttendanceIT {

	@Test
	void theLeaderSeesTheMarkAndTheDistanceOnTheWeekAndTheCorrectionPage() {
		Team team = team();
		LocalDate day = TODAY.minusDays(1);
		long record = outside(team, day, 2300);

		RequestPostProcessor leader = TestUsers.leader(team.unitId(), team.leaderId());
		assertThat(this.mvc.get().uri("/attendance/week?week=" + IsoWeek.of(day)).with(leader).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-review=\"2300\"", "超出范围 2,300 米");
		assertThat(this.mvc.get()
			.uri("/attendance/week/cells?cadreId=" + team.memberId() + "&date=" + day)
			.with(leader)
			.exchange()).hasStatusOk().bodyText().contains("id=\"cell-review\"", "距村中心 2,300 米", "待核实");
		assertThat(record).isPositive();
	}

	@Test
	void theTownListsFiltersAndMarksARecordReviewedWithANote() throws Exception {
		Team team = team();
		Team other = team();
		LocalDate day = TODAY.minusDays(2);
		long record = outside(team, day, 2300);
		long elsewhere = outside(other, day, 1900);
		RequestPostProcessor town = TestUsers.town(team.townId());

		String list = this.mvc.get()
			.uri("/attendance/reviews?month=" + YearMonth.from(day))
			.with(town)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains("data-record=\"" + record + "\"", "2,300 米（范围 1,500 米）")
			.doesNotContain("data-record=\"" + elsewhere + "\"");
		assertThat(this.mvc.get()
			.uri("/attendance/reviews?month=" + YearMonth.from(day).minusMonths(1))
			.with(town)
			.exchange()).bodyText().doesNotContain("data-record=\"" + record + "\"");
		assertThat(this.mvc.get()
			.uri("/attendance/reviews?month=" + YearMonth.from(day) + "&townId=" + other.townId())
			.with(town)
			.exchange()).as("a town official's town filter is their own").bodyText()
			.contains("data-record=\"" + record + "\"");

		// no note: refused beside the field, nothing saved
		assertThat(review(record, town, "  ").exchange()).hasStatusOk().bodyText().contains("请填写核实说明");
		assertThat(row(record)).containsEntry("review_note", null);

		assertThat(review(record, town, "电话核实：当天在村部开会，定位偏差。").exchange()).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/attendance/reviews?month=" + YearMonth.from(day));
		assertThat(row(record)).containsEntry("review_note", "电话核实：当天在村部开会，定位偏差。")
			.containsEntry("reviewed_by", "test-town_official");
		assertThat(this.jdbc.queryForObject("select count(*) from day_record_aud where id = ? and review_note is not null",
				Integer.class, record)).as("kept in the audit trail").isEqualTo(1);

		assertThat(this.mvc.get().uri("/attendance/reviews?month=" + YearMonth.from(day)).with(town).exchange())
			.bodyText()
			.doesNotContain("data-record=\"" + record + "\"");
		assertThat(this.mvc.get()
			.uri("/attendance/reviews?month=" + YearMonth.from(day) + "&state=REVIEWED&teamId=" + team.teamId())
			.with(town)
			.exchange()).bodyText().contains("data-record=\"" + record + "\"", "已核实");
	}

	@Test
	void theOfficeSeesEveryTownAndAnotherTownIsRefused() {
		Team team = team();
		Team other = team();
		LocalDate day = TODAY.minusDays(3);
		long record = outside(team, day, 3100);

		assertThat(this.mvc.get()
			.uri("/attendance/reviews?month=" + YearMonth.from(day) + "&townId=" + team.townId())
			.with(TestUsers.officeStaff())
			.exchange()).hasStatusOk().bodyText().contains("data-record=\"" + record + "\"");
		assertThat(this.mvc.get()
			.uri("/attendance/reviews?month=" + YearMonth.from(day) + "&townId=" + other.townId())
			.with(TestUsers.officeStaff())
			.exchange()).bodyText().doesNotContain("data-record=\"" + record + "\"");

		RequestPostProcessor otherTown = TestUsers.town(other.townId());
		assertThat(this.mvc.get().uri("/attendance/reviews/" + record).with(otherTown).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(review(record, otherTown, "越权").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(row(record)).containsEntry("review_note", null);
		assertThat(this.mvc.get()
			.uri("/attendance/reviews")
			.with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(review(record, TestUsers.officeStaff(), "办公室核实").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(row(record)).containsEntry("review_note", "办公室核实");
	}

	private long outside(Team team, LocalDate day, int distance) {
		return this.jdbc.queryForObject("insert into day_record (cadre_id, team_id, day, status, overnight, source,"
				+ " latitude, longitude, accuracy_m, distance_m, needs_review, created_at, modified_at) values (?, ?, ?,"
				+ " 'IN_VILLAGE', true, 'SELF', 36.1, 117.2, 30, ?, true, now(), now()) returning id", Long.class,
				team.memberId(), team.teamId(), day, distance);
	}

	private MockMvcRequestBuilder review(long record, RequestPostProcessor user, String note) {
		long version = this.jdbc.queryForObject("select version from day_record where id = ?", Long.class, record);
		return this.mvc.post()
			.uri("/attendance/reviews/" + record)
			.param("version", String.valueOf(version))
			.param("note", note)
			.with(user)
			.with(SecurityMockMvcRequestPostProcessors.csrf());
	}

	private Map<String, Object> row(long record) {
		return this.jdbc.queryForMap("select reviewed_by, review_note from day_record where id = ?", record);
	}
}
