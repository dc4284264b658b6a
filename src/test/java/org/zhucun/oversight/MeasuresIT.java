package org.zhucun.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhucun.support.TestUsers;
import org.zhucun.workteams.MemberCommand;
import org.zhucun.workteams.TeamRole;

/**
 * Interviews and recalls over HTTP: a recall ends the membership through the work teams module with the reason RECALL
 * and shows the replacement due date, and a member joining closes it; bad input beside its field with nothing saved;
 * another unit or town is refused.
 */
class MeasuresIT extends OversightIT {

	@Test
	void aRecallEndsTheMembershipAndTheReplacementClosesIt() {
		Team team = team();
		long membership = membership(team.memberId());

		MvcTestResult saved = recall(team.teamId(), membership, TODAY.minusDays(2).toString(), "多次不在岗，约谈后仍未改正")
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		Map<String, Object> ended = this.jdbc.queryForMap("select left_on, leave_reason from team_membership where id = ?",
				membership);
		assertThat(ended).containsEntry("left_on", java.sql.Date.valueOf(TODAY.minusDays(2)))
			.containsEntry("leave_reason", "RECALL");
		Map<String, Object> recall = this.jdbc.queryForMap("select * from oversight_recall where membership_id = ?",
				membership);
		assertThat(saved).hasRedirectedUrl("/oversight/recalls/" + recall.get("id"));
		assertThat(recall).containsEntry("cadre_id", team.memberId())
			.containsEntry("unit_id", team.unitId())
			.containsEntry("town_id", team.townId())
			.containsEntry("replacement_due", java.sql.Date.valueOf(TODAY.plusDays(5)));
		String page = "/oversight/recalls/" + recall.get("id");
		assertThat(this.mvc.get().uri(page).with(TestUsers.officeStaff()).exchange()).hasStatusOk()
			.bodyText()
			.contains("应于 " + TODAY.plusDays(5) + " 前补充人员");

		// A new member joins the team: the recall shows the replacement.
		long replacement = cadre(team.unitId());
		asAdmin(() -> this.teams.addMember(team.teamId(),
				new MemberCommand(replacement, TeamRole.MEMBER, TODAY.minusDays(1), null)));
		String name = this.jdbc.queryForObject("select name from cadre where id = ?", String.class, replacement);
		assertThat(this.mvc.get().uri(page).with(TestUsers.unit(team.unitId())).exchange()).hasStatusOk()
			.bodyText()
			.contains("已由 " + name + " 于 " + TODAY.minusDays(1) + " 补充");
		assertThat(this.mvc.get().uri("/oversight/recalls").with(TestUsers.town(team.townId())).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-recall=\"" + recall.get("id") + "\"");
	}

	@Test
	void badInputOfARecallIsShownBesideItsFieldAndTheMembershipStays() {
		Team team = team();
		long membership = membership(team.memberId());
		assertThat(recall(team.teamId(), membership, TODAY.plusDays(1).toString(), "不在岗").exchange()).hasStatusOk()
			.bodyText()
			.contains("最后在岗日不能晚于今天");
		assertThat(recall(team.teamId(), membership, TODAY.toString(), " ").exchange()).hasStatusOk()
			.bodyText()
			.contains("请填写召回原因");
		assertThat(recall(team.teamId(), null, TODAY.toString(), "不在岗").exchange()).hasStatusOk()
			.bodyText()
			.contains("请选择该工作队的在岗队员");
		assertThat(recall(team.teamId(), membership, "2026-02-30", "不在岗").exchange()).hasStatusOk()
			.bodyText()
			.contains("is-invalid");
		assertThat(this.jdbc.queryForObject("select left_on from team_membership where id = ?", java.sql.Date.class,
				membership)).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from oversight_recall where team_id = ?", Long.class,
				team.teamId())).isZero();
	}

	@Test
	void interviewsAreRecordedByTheOfficeAndSeenByTheirUnitOnly() {
		Team team = team();
		Team other = team();
		assertThat(interview(team, team.leaderId(), " ").exchange()).hasStatusOk().bodyText().contains("请填写约谈原因");
		assertThat(interview(team, cadre(other.unitId()), "不在岗").exchange()).hasStatusOk()
			.bodyText()
			.contains("请选择该单位的一名干部或一名领导班子成员");
		assertThat(this.jdbc.queryForObject("select count(*) from oversight_interview where unit_id = ?", Long.class,
				team.unitId())).isZero();
		assertThat(interview(team, team.leaderId(), "暗访不在岗").exchange()).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from oversight_interview where unit_id = ?", Long.class,
				team.unitId());
		assertThat(this.mvc.get().uri("/oversight/interviews").with(TestUsers.unit(team.unitId())).exchange())
			.bodyText()
			.contains("data-interview=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/oversight/interviews").with(TestUsers.unit(other.unitId())).exchange())
			.bodyText()
			.doesNotContain("data-interview=\"" + id + "\"");
	}

	@Test
	void onlyTheOfficeRecallsAndOthersSeeTheirOwn() {
		Team team = team();
		Team other = team();
		long membership = membership(team.memberId());
		var unitRecall = this.mvc.post()
			.uri("/oversight/recalls")
			.param("teamId", String.valueOf(team.teamId()))
			.param("membershipId", String.valueOf(membership))
			.param("lastDay", TODAY.toString())
			.param("reason", "不在岗")
			.with(TestUsers.unit(team.unitId()))
			.with(csrf());
		assertThat(unitRecall.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select left_on from team_membership where id = ?", java.sql.Date.class,
				membership)).isNull();
		assertThat(recall(team.teamId(), membership, TODAY.toString(), "不在岗").exchange()).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from oversight_recall where membership_id = ?", Long.class,
				membership);
		assertThat(this.mvc.get().uri("/oversight/recalls/" + id).with(TestUsers.unit(other.unitId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/recalls").with(TestUsers.town(other.townId())).exchange())
			.bodyText()
			.doesNotContain("data-recall=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/oversight/recalls").with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * Issue 11: the official of the town where the recalled cadre served opens the recall the list links to, whatever
	 * unit dispatched the cadre; the town the unit is linked to is refused; a finding the town may not open is named,
	 * not linked.
	 */
	@Test
	void theTownWhereTheCadreServedOpensTheRecall() {
		Team here = team();
		Team linkedElsewhere = team();
		Stationed stationed = stationedIn(here.townId(), linkedElsewhere.unitId());
		long teamId = stationed.teamId();
		long cadre = stationed.cadreId();
		assertThat(this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "UNIT")
			.param("unitId", String.valueOf(linkedElsewhere.unitId()))
			.param("description", "单位未落实驻村保障")
			.param("deadline", TODAY.plusDays(10).toString())
			.with(TestUsers.officeStaff())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		long finding = this.jdbc.queryForObject("select max(id) from oversight_finding where unit_id = ?", Long.class,
				linkedElsewhere.unitId());
		assertThat(recall(teamId, membership(cadre), TODAY.toString(), "不在岗").param("findingId",
				String.valueOf(finding))).hasStatus(HttpStatus.FOUND);
		long id = this.jdbc.queryForObject("select id from oversight_recall where cadre_id = ?", Long.class, cadre);
		var official = TestUsers.town(here.townId());

		assertThat(this.mvc.get().uri("/oversight/recalls").with(official)).hasStatusOk()
			.bodyText()
			.contains("/oversight/recalls/" + id + "\"");
		assertThat(this.mvc.get().uri("/oversight/recalls/" + id).with(official)).hasStatusOk()
			.bodyText()
			.contains("/teams/" + teamId + "\"", "相关督查问题")
			.doesNotContain("/oversight/findings/" + finding + "\"");
		assertThat(this.mvc.get().uri("/oversight/recalls/" + id).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("/oversight/findings/" + finding + "\"");
		var linkedTown = TestUsers.town(linkedElsewhere.townId());
		assertThat(this.mvc.get().uri("/oversight/recalls").with(linkedTown)).hasStatusOk()
			.bodyText()
			.doesNotContain("data-recall=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/oversight/recalls/" + id).with(linkedTown)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/recalls/" + id).with(TestUsers.unit(here.unitId())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private long membership(long cadreId) {
		return this.jdbc.queryForObject("select id from team_membership where cadre_id = ? and left_on is null",
				Long.class, cadreId);
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder recall(long teamId,
			Long membershipId, String lastDay, String reason) {
		var request = this.mvc.post()
			.uri("/oversight/recalls")
			.param("teamId", String.valueOf(teamId))
			.param("lastDay", lastDay)
			.param("reason", reason)
			.with(TestUsers.officeAdmin())
			.with(csrf());
		if (membershipId != null) {
			request.param("membershipId", String.valueOf(membershipId));
		}
		return request;
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder interview(Team team,
			long cadreId, String reason) {
		return this.mvc.post()
			.uri("/oversight/interviews")
			.param("heldOn", TODAY.toString())
			.param("unitId", String.valueOf(team.unitId()))
			.param("cadreId", String.valueOf(cadreId))
			.param("interviewer", "脱贫办 刘芳")
			.param("reason", reason)
			.param("agreed", "书面检讨，限期改正")
			.with(TestUsers.officeStaff())
			.with(csrf());
	}
}
