package org.zhucun.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Leave through the pages: submission rules, the approval chain within scope, stale actions, events, totals. */
class LeaveRequestsIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private LeaveFixture f;

	@BeforeEach
	void fixture() {
		this.f = LeaveFixture.create(this.jdbc, TODAY);
	}

	@Test
	void twoDaysGoToTheLeaderThenTheTownAndTheLastApprovalPublishesTheDays() {
		long id = submitAsMember(TODAY.plusDays(5), TODAY.plusDays(6));
		assertThat(value("chain", id)).isEqualTo("TEAM_LEADER,TOWN");

		assertThat(decide(id, "approve", 0, leader())).hasStatus(HttpStatus.FOUND);
		assertThat(value("step_index", id)).isEqualTo("1");
		assertThat(value("state", id)).isEqualTo("PENDING");
		assertThat(decide(id, "approve", 1, town())).hasStatus(HttpStatus.FOUND);
		assertThat(value("state", id)).isEqualTo("APPROVED");

		assertThat(this.jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%LeaveDaysGranted' and serialized_event like ?""", Integer.class,
				"%\"requestId\":" + id + ",%")).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from leave_decision where request_id = ?", Integer.class,
				id)).isEqualTo(2);
		assertThat(this.mvc.get().uri("/leave-requests/mine").with(member())).bodyText().contains("已批准");
		assertThat(this.mvc.get().uri("/leave-requests/" + id).with(TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.contains("批准");
	}

	@Test
	void aLeadersOwnRequestStartsAtTheTown() {
		assertThat(this.mvc.post().uri("/leave-requests").with(leader()).with(csrf())
			.param("type", "SICK").param("firstDay", TODAY.plusDays(3).toString())
			.param("lastDay", TODAY.plusDays(3).toString()).param("reason", "看病")).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select max(id) from leave_request where cadre_id = ?", Long.class,
				this.f.leaderId());
		assertThat(value("chain", id)).isEqualTo("TOWN");
		assertThat(decide(id, "approve", 0, leader())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anOverlappingRequestIsRefusedBesideTheFirstDay() {
		submitAsMember(TODAY.plusDays(10), TODAY.plusDays(12));

		MvcTestResult second = post(member(), "PERSONAL", TODAY.plusDays(12), TODAY.plusDays(13), "家中有事");

		assertThat(second).hasStatusOk().bodyText().contains("已有待审批或已批准的请假");
		assertThat(count(this.f.memberId())).isEqualTo(1);
	}

	@Test
	void onlyTheCurrentStepsApproverWithinScopeMayAct() {
		long id = submitAsMember(TODAY.plusDays(20), TODAY.plusDays(21));
		LeaveFixture other = LeaveFixture.create(this.jdbc, TODAY);

		assertThat(decide(id, "approve", 0, town())).as("the town before the leader").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(decide(id, "approve", 0, member())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(decide(id, "approve", 0, TestUsers.leader(other.unitId(), other.leaderId())))
			.as("another team's leader").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(decide(id, "approve", 0, TestUsers.unit(this.f.unitId()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(decide(id, "approve", 0, TestUsers.officeAdmin())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/leave-requests/" + id).with(TestUsers.town(other.townId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(value("step_index", id)).isEqualTo("0");

		assertThat(decide(id, "approve", 0, leader())).hasStatus(HttpStatus.FOUND);
		assertThat(decide(id, "approve", 1, TestUsers.town(other.townId()))).as("another town")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(value("state", id)).isEqualTo("PENDING");
	}

	@Test
	void twoApproversAtOnceOneSucceedsTheOtherIsTold() {
		long id = submitAsMember(TODAY.plusDays(30), TODAY.plusDays(30));

		MvcTestResult first = decide(id, "approve", 0, leader());
		MvcTestResult second = decide(id, "reject", 0, leader(), "不同意");

		assertThat(first).hasStatus(HttpStatus.FOUND);
		assertThat(second).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/leave-requests/" + id);
		assertThat(followRedirect(second, leader())).hasStatusOk().bodyText().contains("该审批环节已由他人处理");
		assertThat(value("state", id)).isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject("select count(*) from leave_decision where request_id = ?", Integer.class,
				id)).isEqualTo(1);
	}

	@Test
	void aRejectionNeedsAReason() {
		long id = submitAsMember(TODAY.plusDays(40), TODAY.plusDays(40));

		assertThat(decide(id, "reject", 0, leader(), " ")).hasStatusOk().bodyText().contains("请填写不同意的理由");
		assertThat(value("state", id)).isEqualTo("PENDING");
		assertThat(decide(id, "reject", 0, leader(), "农忙")).hasStatus(HttpStatus.FOUND);
		assertThat(value("state", id)).isEqualTo("REJECTED");
	}

	@Test
	void badInputGetsClearMessagesAndNothingIsSaved() {
		assertThat(post(member(), "PERSONAL", TODAY.plusDays(5), TODAY.plusDays(4), "事由")).hasStatusOk()
			.bodyText()
			.contains("结束日期不能早于开始日期");
		assertThat(post(member(), "PERSONAL", TODAY.plusDays(5), TODAY.plusDays(5), "")).hasStatusOk()
			.bodyText()
			.contains("请填写请假事由");
		assertThat(post(member(), "PERSONAL", TODAY.plusDays(5), TODAY.plusDays(65), "事由")).hasStatusOk()
			.bodyText()
			.contains("不能超过 60 天");
		assertThat(post(member(), "PERSONAL", TODAY.minusDays(20), TODAY.minusDays(19), "事由")).hasStatusOk()
			.bodyText()
			.contains("请由办公室补录");
		assertThat(post(member(), "PERSONAL", TODAY.plusYears(2), TODAY.plusYears(2), "事由")).hasStatusOk()
			.bodyText()
			.contains("最多只能提前一年");
		assertThat(this.mvc.post().uri("/leave-requests").with(member()).with(csrf()).param("type", "PERSONAL")
			.param("firstDay", "2026-13-45").param("lastDay", "x").param("reason", "事由")).hasStatusOk();
		assertThat(count(this.f.memberId())).isZero();
	}

	@Test
	void theOfficeAdministratorMayRecordOlderLeaveAndOfficeStaffMayNot() {
		assertThat(this.mvc.post().uri("/leave-requests").with(TestUsers.officeStaff()).with(csrf())
			.param("cadreId", String.valueOf(this.f.memberId())).param("type", "SICK")
			.param("firstDay", TODAY.minusDays(20).toString()).param("lastDay", TODAY.minusDays(19).toString())
			.param("reason", "住院")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/leave-requests/new").with(TestUsers.officeStaff()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count(this.f.memberId())).isZero();
		assertThat(this.mvc.post().uri("/leave-requests").with(TestUsers.officeAdmin()).with(csrf())
			.param("cadreId", String.valueOf(this.f.memberId())).param("type", "SICK")
			.param("firstDay", TODAY.minusDays(20).toString()).param("lastDay", TODAY.minusDays(19).toString())
			.param("reason", "住院")).hasStatus(HttpStatus.FOUND);
		assertThat(count(this.f.memberId())).isEqualTo(1);
	}

	@Test
	void theOfficeAdministratorFindsTheCadreByNameUnitOrVillageAndTheChainStartsAsForTheirOwnRequest()
			throws Exception {
		String memberName = name(this.f.memberId());
		String form = this.mvc.get().uri("/leave-requests/new?q={q}", memberName).with(TestUsers.officeAdmin())
			.exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).contains("id=\"cadre-picker\"", memberName, "value=\"" + this.f.memberId() + "\"")
			.doesNotContain("value=\"" + this.f.leaderId() + "\"")
			.doesNotContain("type=\"number\"")
			.contains("href=\"/leave-requests\"");
		String unit = this.jdbc.queryForObject("select u.name from aid_unit u join cadre c on c.unit_id = u.id"
				+ " where c.id = ?", String.class, this.f.memberId());
		assertThat(this.mvc.get().uri("/leave-requests/new?q={q}", unit).with(TestUsers.officeAdmin())).bodyText()
			.contains(memberName, name(this.f.leaderId()));
		assertThat(this.mvc.get().uri("/leave-requests/new?q={q}", "没有这个人" + memberName)
			.with(TestUsers.officeAdmin())).bodyText().contains("id=\"cadre-none\"");

		// a member's two days start at the team leader, as the member's own request would
		assertThat(this.mvc.post().uri("/leave-requests").with(TestUsers.officeAdmin()).with(csrf())
			.param("cadreId", String.valueOf(this.f.memberId())).param("type", "PERSONAL")
			.param("firstDay", TODAY.plusDays(90).toString()).param("lastDay", TODAY.plusDays(91).toString())
			.param("reason", "家中有事")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select split_part(chain, ',', step_index + 1) from leave_request where cadre_id = ?"
				+ " order by id desc limit 1", String.class, this.f.memberId())).isEqualTo("TEAM_LEADER");
		// the leader's own request skips the team step
		assertThat(this.mvc.post().uri("/leave-requests").with(TestUsers.officeAdmin()).with(csrf())
			.param("cadreId", String.valueOf(this.f.leaderId())).param("type", "PERSONAL")
			.param("firstDay", TODAY.plusDays(90).toString()).param("lastDay", TODAY.plusDays(91).toString())
			.param("reason", "家中有事")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select split_part(chain, ',', step_index + 1) from leave_request where cadre_id = ?"
				+ " order by id desc limit 1", String.class, this.f.leaderId())).isEqualTo("TOWN");

		// no cadre chosen: a message beside the picker, the search kept
		assertThat(this.mvc.post().uri("/leave-requests").with(TestUsers.officeAdmin()).with(csrf())
			.param("q", memberName).param("type", "PERSONAL")
			.param("firstDay", TODAY.plusDays(95).toString()).param("lastDay", TODAY.plusDays(95).toString())
			.param("reason", "家中有事")).hasStatusOk().bodyText().contains("id=\"cadre-picker\"", memberName);
	}

	@Test
	void approvedLeaveCancelledBeforeItStartsWithdrawsItsDays() {
		long id = submitAsMember(TODAY.plusDays(50), TODAY.plusDays(50));
		decide(id, "approve", 0, leader());

		assertThat(this.mvc.post().uri("/leave-requests/" + id + "/cancel").with(member()).with(csrf())
			.param("version", "1")).hasStatus(HttpStatus.FOUND);

		assertThat(value("state", id)).isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%LeaveDaysWithdrawn' and serialized_event like ?""", Integer.class,
				"%\"requestId\":" + id + ",%")).isPositive();
	}

	@Test
	void totalsFlagCadresAboveTheYearlyLimitOnTheTownsList() throws Exception {
		int year = TODAY.getYear();
		insertApproved(this.f.memberId(), LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 4));
		insertApproved(this.f.leaderId(), LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 5));

		String town = this.mvc.get().uri("/leave-requests/totals?year=" + year).with(town()).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(town).contains(name(this.f.memberId())).contains(name(this.f.leaderId()));
		assertThat(town.split("建议召回调整", -1)).as("one flagged cadre").hasSize(2);
		assertThat(this.mvc.get().uri("/leave-requests/totals?year=" + year).with(TestUsers.unit(this.f.unitId())))
			.hasStatusOk().bodyText().contains(name(this.f.memberId())).doesNotContain("建议召回调整");
	}

	@Test
	void theApprovalPageShowsTheApprovedDaysOfTheYearAndWarnsAboveTheLimit() {
		int year = TODAY.getYear();
		insertApproved(this.f.memberId(), LocalDate.of(year, 3, 2), LocalDate.of(year, 3, 29));
		long id = submitAsMember(LocalDate.of(year, 12, 20), LocalDate.of(year, 12, 22));

		assertThat(this.mvc.get().uri("/leave-requests/" + id).with(leader())).hasStatusOk()
			.bodyText()
			.contains("id=\"year-approved\" data-days=\"28\"", year + " 年已批准请假", "28 天（年度上限 30 天）",
					"id=\"year-limit-warning\"", "批准后本年累计请假 31 天");
		long within = submitAsMember(LocalDate.of(year + 1, 1, 5), LocalDate.of(year + 1, 1, 6));
		assertThat(this.mvc.get().uri("/leave-requests/" + within).with(leader())).hasStatusOk()
			.bodyText()
			.contains("id=\"year-approved\" data-days=\"0\"")
			.doesNotContain("id=\"year-limit-warning\"");
	}

	@Test
	void theNavigationCountsTheApprovalsWaiting() {
		submitAsMember(TODAY.plusDays(60), TODAY.plusDays(60));
		assertThat(this.mvc.get().uri("/leave-requests/inbox").with(leader())).hasStatusOk()
			.bodyText()
			.containsPattern("data-nav=\"leave.inbox\">\\s*<span>[^<]+</span>\\s*<span class=\"badge[^\"]*\"\\s+title=\"[^\"]+\">1</span>");
	}

	@Test
	void everyPageRendersForItsReaders() {
		long id = submitAsMember(TODAY.plusDays(70), TODAY.plusDays(71));
		assertThat(this.mvc.get().uri("/leave-requests/new").with(member())).hasStatusOk()
			.bodyText()
			.contains("/js/leave-days")
			.doesNotContain("cadreId");
		assertThat(this.mvc.get().uri("/leave-requests/new").with(TestUsers.officeAdmin())).hasStatusOk()
			.bodyText()
			.contains("cadreId", "id=\"cadre-picker\"");
		assertThat(this.mvc.get().uri("/leave-requests/mine").with(leader())).hasStatusOk().bodyText().contains("没有找到记录");
		assertThat(this.mvc.get().uri("/leave-requests/" + id).with(leader())).hasStatusOk()
			.bodyText()
			.contains("/leave-requests/" + id + "/approve")
			.contains("/leave-requests/" + id + "/reject");
		assertThat(this.mvc.get().uri("/leave-requests/" + id).with(member())).hasStatusOk()
			.bodyText()
			.contains("/leave-requests/" + id + "/cancel")
			.doesNotContain("/approve");
		assertThat(this.mvc.get().uri("/leave-requests?state=PENDING&type=PERSONAL&month=" + TODAY.plusDays(70).toString()
			.substring(0, 7)).with(TestUsers.officeAdmin())).hasStatusOk();
		assertThat(this.mvc.get().uri("/leave-requests?month=bad").with(town())).hasStatusOk()
			.bodyText()
			.contains(name(this.f.memberId()));
		assertThat(this.mvc.get().uri("/leave-requests").with(TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.contains(name(this.f.memberId()));
		assertThat(this.mvc.get().uri("/leave-requests").with(leader())).hasStatusOk()
			.bodyText()
			.contains(name(this.f.memberId()));
		assertThat(this.mvc.get().uri("/leave-requests").with(member())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/leave-requests/inbox").with(town())).hasStatusOk();
		assertThat(this.mvc.get().uri("/leave-requests/inbox").with(TestUsers.officeStaff())).hasStatusOk();
		assertThat(this.mvc.get().uri("/leave-requests/totals").with(TestUsers.officeAdmin())).hasStatusOk();
	}

	@Test
	void anEarlyReturnWithdrawsTheDaysNotTaken() {
		insertApproved(this.f.memberId(), TODAY.minusDays(2), TODAY.plusDays(3));
		long id = this.jdbc.queryForObject("select max(id) from leave_request where cadre_id = ?", Long.class,
				this.f.memberId());
		assertThat(this.mvc.get().uri("/leave-requests/" + id).with(member())).hasStatusOk()
			.bodyText()
			.contains("/leave-requests/" + id + "/return");

		assertThat(this.mvc.post().uri("/leave-requests/" + id + "/return").with(member()).with(csrf())
			.param("version", "0").param("actualReturn", TODAY.plusDays(10).toString())).hasStatusOk()
			.bodyText()
			.contains("返岗");
		assertThat(this.mvc.post().uri("/leave-requests/" + id + "/return").with(leader()).with(csrf())
			.param("version", "0").param("actualReturn", TODAY.toString())).hasStatus(HttpStatus.FOUND);

		assertThat(value("state", id)).isEqualTo("RETURNED");
		assertThat(value("actual_return", id)).isEqualTo(TODAY.toString());
		String event = this.jdbc.queryForObject("""
				select serialized_event from event_publication
				where event_type like '%LeaveDaysWithdrawn' and serialized_event like ?""", String.class,
				"%\"requestId\":" + id + ",%");
		assertThat(event).contains(TODAY.toString()).contains(TODAY.plusDays(3).toString())
			.doesNotContain(TODAY.minusDays(1).toString());
	}

	private long submitAsMember(LocalDate first, LocalDate last) {
		assertThat(post(member(), "PERSONAL", first, last, "回家办事")).hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select max(id) from leave_request where cadre_id = ?", Long.class,
				this.f.memberId());
	}

	private MvcTestResult post(RequestPostProcessor user, String type, LocalDate first, LocalDate last, String reason) {
		return this.mvc.post().uri("/leave-requests").with(user).with(csrf()).param("type", type)
			.param("firstDay", first.toString()).param("lastDay", last.toString()).param("reason", reason)
			.exchange();
	}

	private MvcTestResult decide(long id, String action, long version, RequestPostProcessor user) {
		return decide(id, action, version, user, null);
	}

	private MvcTestResult decide(long id, String action, long version, RequestPostProcessor user, String comment) {
		var request = this.mvc.post().uri("/leave-requests/" + id + "/" + action).with(user).with(csrf())
			.param("version", String.valueOf(version));
		if (comment != null) {
			request.param("comment", comment);
		}
		return request.exchange();
	}


	private void insertApproved(long cadre, LocalDate first, LocalDate last) {
		this.jdbc.update("""
				insert into leave_request (cadre_id, team_id, type, first_day, last_day, reason, chain, step_index, state,
				    requested_by, created_at, modified_at)
				values (?, ?, 'PERSONAL', ?, ?, '事由', 'TEAM_LEADER', 1, 'APPROVED', -1, now(), now())""", cadre,
				this.f.teamId(), first, last);
	}

	private String value(String column, long id) {
		return this.jdbc.queryForObject("select " + column + "::text from leave_request where id = ?", String.class, id);
	}

	private int count(long cadre) {
		return this.jdbc.queryForObject("select count(*) from leave_request where cadre_id = ?", Integer.class, cadre);
	}

	private String name(long cadre) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
	}

	private RequestPostProcessor member() {
		return TestUsers.member(this.f.unitId(), this.f.memberId());
	}

	private RequestPostProcessor leader() {
		return TestUsers.leader(this.f.unitId(), this.f.leaderId());
	}

	private RequestPostProcessor town() {
		return TestUsers.town(this.f.townId());
	}
}
