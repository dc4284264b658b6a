package org.zhucun.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.TestUsers;

/**
 * Nominations for awards over HTTP: a unit nominates its own cadre with the facts of the last six months pulled from
 * the records, the office declines only with a note and approves; another unit, a town and bad input are refused with
 * nothing saved.
 */
class NominationsIT extends OversightIT {

	@Test
	void aUnitNominatesItsCadreWithTheRecordsFactsAndTheOfficeReviewsIt() {
		Team team = team();
		RequestPostProcessor unit = TestUsers.unit(team.unitId());
		assertThat(this.mvc.get().uri("/oversight/nominations/new").with(unit).exchange()).hasStatusOk()
			.bodyText()
			.contains("name=\"cadreId\"");

		assertThat(nominate(unit, "CADRE", team.memberId(), null, "示范区优秀驻村干部", "坚持吃住在村。").exchange())
			.hasStatus(HttpStatus.FOUND);
		Map<String, Object> row = this.jdbc.queryForMap("select * from oversight_nomination where unit_id = ?",
				team.unitId());
		assertThat(row).containsEntry("nominee_kind", "CADRE")
			.containsEntry("cadre_id", team.memberId())
			.containsEntry("state", "SUBMITTED")
			.containsEntry("nominated_on", java.sql.Date.valueOf(TODAY));
		YearMonth last = YearMonth.from(TODAY).minusMonths(1);
		assertThat((String) row.get("facts")).contains(last.minusMonths(5) + " 至 " + last + " 的 6 个月中有 ")
			.contains("联系结对户 0 次，入户走访 0 次")
			.contains("年消费帮扶采购 ¥0.00");
		long id = ((Number) row.get("id")).longValue();
		assertThat(this.mvc.get().uri("/oversight/nominations/" + id).with(unit).exchange()).hasStatusOk()
			.bodyText()
			.contains("示范区优秀驻村干部")
			.doesNotContain("id=\"approve\"");

		// Another unit, a town: refused; the unit cannot review its own nomination.
		Team other = team();
		assertThat(this.mvc.get().uri("/oversight/nominations/" + id).with(TestUsers.unit(other.unitId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/nominations").with(TestUsers.unit(other.unitId())).exchange())
			.bodyText()
			.doesNotContain("data-nomination=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/oversight/nominations/" + id).with(TestUsers.town(team.townId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(review(unit, id, true, null).exchange()).hasStatus(HttpStatus.FORBIDDEN);

		// Declining needs a note; approving does not.
		assertThat(review(TestUsers.officeStaff(), id, false, " ").exchange()).hasStatusOk()
			.bodyText()
			.contains("不同意时请填写理由");
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(review(TestUsers.officeStaff(), id, true, "事迹突出，同意推荐。").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("APPROVED");
		assertThat(review(TestUsers.officeStaff(), id, false, "改主意").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("APPROVED");
	}

	@Test
	void badInputAnotherUnitsCadreOrTheOfficeAreRefusedAndNothingIsSaved() {
		Team team = team();
		Team other = team();
		RequestPostProcessor unit = TestUsers.unit(team.unitId());
		assertThat(nominate(unit, "CADRE", team.memberId(), null, " ", "理由").exchange()).hasStatusOk()
			.bodyText()
			.contains("请填写推荐奖项");
		assertThat(nominate(unit, "CADRE", other.memberId(), null, "先进个人", "理由").exchange()).hasStatusOk()
			.bodyText()
			.contains("class=\"invalid-feedback\"");
		assertThat(nominate(unit, "TEAM", null, other.teamId(), "先进集体", "理由").exchange()).hasStatusOk();
		assertThat(nominate(unit, "TEAM", null, team.teamId(), "先进集体", "x".repeat(2001)).exchange()).hasStatusOk()
			.bodyText()
			.contains("invalid-feedback");
		assertThat(nominate(TestUsers.officeStaff(), "TEAM", null, team.teamId(), "先进集体", "理由").exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from oversight_nomination where unit_id in (?, ?)",
				Integer.class, team.unitId(), other.unitId())).isZero();
		assertThat(nominate(unit, "TEAM", null, team.teamId(), "先进集体", "理由").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select team_id from oversight_nomination where unit_id = ?", Long.class,
				team.unitId())).isEqualTo(team.teamId());
	}

	private MockMvcRequestBuilder nominate(RequestPostProcessor user, String kind, Long cadreId, Long teamId,
			String award, String reason) {
		var request = this.mvc.post()
			.uri("/oversight/nominations")
			.param("kind", kind)
			.param("award", award)
			.param("reason", reason)
			.with(user)
			.with(csrf());
		if (cadreId != null) {
			request.param("cadreId", cadreId.toString());
		}
		if (teamId != null) {
			request.param("teamId", teamId.toString());
		}
		return request;
	}

	private MockMvcRequestBuilder review(RequestPostProcessor user, long id, boolean approve, String note) {
		var request = this.mvc.post()
			.uri("/oversight/nominations/" + id + "/review")
			.param("version", String.valueOf(this.jdbc.queryForObject(
					"select version from oversight_nomination where id = ?", Long.class, id)))
			.param("approve", String.valueOf(approve))
			.with(user)
			.with(csrf());
		if (note != null) {
			request.param("note", note);
		}
		return request;
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from oversight_nomination where id = ?", String.class, id);
	}
}
