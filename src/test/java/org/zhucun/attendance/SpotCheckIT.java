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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.attendance.domain.Evidence;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.support.TestUsers;

/**
 * Spot checks: a town official records checks of its own town's cadres only, the office and the town list them with
 * the discrepancies, bad input is shown beside its field with nothing saved, and other roles are refused.
 */
class SpotCheckIT extends AttendanceIT {

	/** A past day inside the fixture teams' membership (which began a year ago). */
	private static final LocalDate DAY = TODAY.minusDays(3);

	@Autowired
	private DayRecordRepository records;

	@Test
	void aTownOfficialRecordsACheckOfItsOwnCadreAndSeesItListed() {
		Team team = team();
		RequestPostProcessor town = TestUsers.town(team.townId());

		MvcTestResult saved = post(town, team.teamId(), team.memberId(), DAY, "10:30", "PHONE", "true", "电话接通，本人在村")
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		Map<String, Object> row = single(team.memberId());
		assertThat(saved).hasRedirectedUrl("/attendance/spot-checks/" + row.get("id"));
		assertThat(row).containsEntry("team_id", team.teamId())
			.containsEntry("town_id", team.townId())
			.containsEntry("day", java.sql.Date.valueOf(DAY))
			.containsEntry("method", "PHONE")
			.containsEntry("found_present", true)
			.containsEntry("note", "电话接通，本人在村")
			.containsEntry("checked_by", -1L)
			.containsEntry("checked_by_username", "test-town_official");

		assertThat(this.mvc.get().uri("/attendance/spot-checks?month=" + YearMonth.from(DAY)).with(town).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("data-check=\"" + row.get("id") + "\"")
			.contains("10:30")
			.contains("电话抽查");
		assertThat(this.mvc.get().uri("/attendance/spot-checks/" + row.get("id")).with(town).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"no-discrepancy\"")
			.contains("id=\"declared-none\"");
		// The list of another town does not show it, whatever the town filter says.
		Team other = team();
		assertThat(this.mvc.get()
			.uri("/attendance/spot-checks?month=" + YearMonth.from(DAY) + "&townId=" + team.townId())
			.with(TestUsers.town(other.townId()))
			.exchange()).hasStatusOk().bodyText().doesNotContain("data-check=\"" + row.get("id") + "\"");
	}

	@Test
	void aTownOfficialOfTheDemoTownChecksADemoCadre() {
		Long townId = this.jdbc.queryForObject("select id from town where name = ?", Long.class,
				DemoAccounts.TOWN_OF_DEMO);
		Map<String, Object> member = this.jdbc.queryForMap("""
				select m.cadre_id, m.team_id from team_membership m
				 join work_team t on t.id = m.team_id join village v on v.id = t.village_id
				 where v.town_id = ? and m.joined_on <= ? and (m.left_on is null or m.left_on >= ?)
				 order by m.id limit 1""", townId, DAY, DAY);
		long cadreId = ((Number) member.get("cadre_id")).longValue();
		long teamId = ((Number) member.get("team_id")).longValue();
		long before = count(cadreId);

		assertThat(this.mvc.get().uri("/attendance/spot-checks/new?cadre=" + cadreId).with(TestUsers.town(townId))
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("<option value=\"" + teamId + "\" selected=\"selected\"")
			.contains("<option value=\"" + cadreId + "\" selected=\"selected\"");
		assertThat(post(TestUsers.town(townId), teamId, cadreId, DAY, "09:15", "VISIT", "false", null).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(count(cadreId)).isEqualTo(before + 1);
		Object id = this.jdbc.queryForObject("select max(id) from spot_check where cadre_id = ?", Long.class, cadreId);
		assertThat(this.mvc.get().uri("/attendance/spot-checks?month=" + YearMonth.from(DAY))
			.with(TestUsers.town(townId))
			.exchange()).bodyText().contains("data-check=\"" + id + "\"");
	}

	@Test
	void aTownOfficialCannotCheckOrReadAnotherTownsCadre() {
		Team team = team();
		Team other = team();
		RequestPostProcessor otherTown = TestUsers.town(other.townId());

		assertThat(post(otherTown, team.teamId(), team.memberId(), DAY, "10:00", "VISIT", "false", null).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(otherTown, null, team.memberId(), DAY, "10:00", "VISIT", "false", null).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count(team.memberId())).isZero();
		assertThat(this.mvc.get().uri("/attendance/spot-checks/new?team=" + team.teamId()).with(otherTown).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/attendance/spot-checks/new?cadre=" + team.memberId()).with(otherTown)
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(post(TestUsers.officeStaff(), null, team.memberId(), DAY, "10:00", "VISIT", "false", null)
			.exchange()).hasStatus(HttpStatus.FOUND);
		Long id = (Long) single(team.memberId()).get("id");
		assertThat(this.mvc.get().uri("/attendance/spot-checks/" + id).with(otherTown).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/attendance/spot-checks/" + id).with(TestUsers.town(team.townId())).exchange())
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/attendance/spot-checks/999999999").with(TestUsers.officeAdmin()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void unitAdministratorsAndTeamMembersAreRefused() {
		Team team = team();
		assertThat(post(TestUsers.officeAdmin(), team.teamId(), team.memberId(), DAY, "08:00", "PHONE", "true", null)
			.exchange()).hasStatus(HttpStatus.FOUND);
		Long id = (Long) single(team.memberId()).get("id");

		for (RequestPostProcessor user : List.of(TestUsers.unit(team.unitId()),
				TestUsers.member(team.unitId(), team.memberId()), TestUsers.leader(team.unitId(), team.leaderId()))) {
			for (String uri : List.of("/attendance/spot-checks", "/attendance/spot-checks/new",
					"/attendance/spot-checks/new?team=" + team.teamId(), "/attendance/spot-checks/" + id)) {
				assertThat(this.mvc.get().uri(uri).with(user).exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThat(post(user, team.teamId(), team.leaderId(), DAY, "08:00", "PHONE", "true", null).exchange())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(count(team.leaderId())).isZero();
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsSaved() {
		Team team = team();
		RequestPostProcessor town = TestUsers.town(team.townId());

		assertThat(post(town, team.teamId(), team.memberId(), TODAY.plusDays(1), "08:00", "VISIT", "true", null)
			.exchange()).hasStatusOk().bodyText().contains("抽查时间不能晚于现在").contains("is-invalid");
		assertThat(post(town, team.teamId(), team.memberId(), DAY, "08:00", null, "true", null).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("请选择抽查方式")
			.contains("id=\"spot-check-form\"");
		assertThat(post(town, team.teamId(), team.memberId(), TODAY.minusYears(2), "08:00", "VISIT", "true", null)
			.exchange()).hasStatusOk().bodyText().contains("该干部当天不是驻村工作队队员").contains("is-invalid");
		assertThat(post(town, team.teamId(), team.memberId(), DAY, "25:99", "VISIT", "true", null).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("请按 14:05 的格式输入时间");
		assertThat(post(town, team.teamId(), team.memberId(), DAY, "08:00", "VISIT", "true", "说".repeat(501))
			.exchange()).hasStatusOk().bodyText().contains("备注最多 500 个字");
		assertThat(post(town, team.teamId(), null, DAY, "08:00", "VISIT", null, null).exchange()).hasStatusOk()
			.bodyText()
			.contains("请选择干部")
			.contains("请选择是否在岗");
		assertThat(count(team.memberId())).isZero();
	}

	@Test
	void anAbsenceOnADayDeclaredInTheVillageIsADiscrepancy() {
		Team team = team();
		RequestPostProcessor office = TestUsers.officeStaff();
		LocalDate rest = DAY.minusDays(1);
		this.records.save(DayRecord.declared(team.memberId(), team.teamId(), DAY, DaySource.SELF, DayStatus.IN_VILLAGE,
				true, new Evidence(null, null, 25, 4300, true)));
		this.records.save(DayRecord.declared(team.memberId(), team.teamId(), rest, DaySource.SELF, DayStatus.REST,
				false, Evidence.NONE));

		assertThat(post(office, team.teamId(), team.memberId(), DAY, "11:00", "VISIT", "false", "未见本人").exchange())
			.hasStatus(HttpStatus.FOUND);
		Long absent = latest(team.memberId());
		assertThat(post(office, team.teamId(), team.memberId(), DAY, "15:00", "PHONE", "true", null).exchange())
			.hasStatus(HttpStatus.FOUND);
		Long present = latest(team.memberId());
		assertThat(post(office, team.teamId(), team.memberId(), rest, "15:00", "VISIT", "false", null).exchange())
			.hasStatus(HttpStatus.FOUND);
		Long onRest = latest(team.memberId());

		assertThat(this.mvc.get().uri("/attendance/spot-checks/" + absent).with(office).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"discrepancy\"")
			.contains("data-status=\"IN_VILLAGE\"")
			.contains("距村中心 4,300 米");
		for (Long id : List.of(present, onRest)) {
			assertThat(this.mvc.get().uri("/attendance/spot-checks/" + id).with(office).exchange()).bodyText()
				.contains("id=\"no-discrepancy\"")
				.doesNotContain("id=\"discrepancy\"");
		}

		String list = "/attendance/spot-checks?month=" + YearMonth.from(DAY) + "&townId=" + team.townId();
		assertThat(this.mvc.get().uri(list).with(office).exchange()).bodyText()
			.contains("data-check=\"" + absent + "\" data-discrepancy=\"true\"")
			.contains("data-check=\"" + present + "\">")
			.contains("id=\"discrepancy-count\" data-count=\"1\"");
		assertThat(this.mvc.get().uri(list + "&discrepancies=true").with(TestUsers.town(team.townId())).exchange())
			.bodyText()
			.contains("data-check=\"" + absent + "\"")
			.doesNotContain("data-check=\"" + present + "\"")
			.doesNotContain("data-check=\"" + onRest + "\"");
		assertThat(this.mvc.get().uri(list + "&result=present&method=PHONE").with(office).exchange()).bodyText()
			.contains("data-check=\"" + present + "\"")
			.doesNotContain("data-check=\"" + absent + "\"")
			.contains("id=\"discrepancy-count\" data-count=\"0\"");
	}

	@Test
	void thePagesRenderInChineseAndEnglish() {
		Team team = team();
		assertThat(post(TestUsers.officeAdmin(), team.teamId(), team.memberId(), DAY, "08:00", "PHONE", "true", null)
			.exchange()).hasStatus(HttpStatus.FOUND);
		Long id = latest(team.memberId());
		RequestPostProcessor town = TestUsers.town(team.townId());

		assertThat(this.mvc.get().uri("/attendance/spot-checks").with(town).exchange()).hasStatusOk()
			.bodyText()
			.contains("暗访和电话抽查");
		assertThat(this.mvc.get().uri("/attendance/spot-checks?lang=en").with(town).exchange()).hasStatusOk()
			.bodyText()
			.contains("Spot checks")
			.contains("Discrepancies only");
		assertThat(this.mvc.get().uri("/attendance/spot-checks/new?team=" + team.teamId()).with(town).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("记录抽查")
			.contains("暗访（不打招呼实地抽查）");
		assertThat(this.mvc.get().uri("/attendance/spot-checks/new?lang=en").with(TestUsers.officeStaff()).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Record a spot check")
			.contains("<optgroup")
			.contains("id=\"pick-team-first\"");
		assertThat(this.mvc.get().uri("/attendance/spot-checks/" + id + "?lang=en").with(town).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Phone check");
		assertThat(this.mvc.get().uri("/attendance/spot-checks/" + id).with(town).exchange()).hasStatusOk()
			.bodyText()
			.contains("电话抽查");
	}

	@Test
	void theWeekPageLinksEachMemberToTheFormForTheOfficeAndTheTown() {
		Team team = team();
		String uri = "/attendance/teams/" + team.teamId() + "/week";
		String link = "/attendance/spot-checks/new?team=" + team.teamId() + "&amp;cadre=" + team.memberId();

		for (RequestPostProcessor user : List.of(TestUsers.officeStaff(), TestUsers.town(team.townId()))) {
			assertThat(this.mvc.get().uri(uri).with(user).exchange()).bodyText()
				.contains("id=\"spot-check-links\"")
				.contains(link);
		}
		assertThat(this.mvc.get().uri(uri).with(TestUsers.unit(team.unitId())).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"spot-check-links\"");
	}

	private MockMvcRequestBuilder post(RequestPostProcessor user, Long team, Long cadreId, LocalDate date, String time,
			String method, String present, String note) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/attendance/spot-checks")
			.param("date", date.toString())
			.param("time", time)
			.with(user)
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		if (team != null) {
			request.param("team", team.toString());
		}
		if (cadreId != null) {
			request.param("cadreId", cadreId.toString());
		}
		if (method != null) {
			request.param("method", method);
		}
		if (present != null) {
			request.param("foundPresent", present);
		}
		if (note != null) {
			request.param("note", note);
		}
		return request;
	}

	private Map<String, Object> single(long cadreId) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from spot_check where cadre_id = ?", cadreId);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long count(long cadreId) {
		return this.jdbc.queryForObject("select count(*) from spot_check where cadre_id = ?", Long.class, cadreId);
	}

	private Long latest(long cadreId) {
		return this.jdbc.queryForObject("select max(id) from spot_check where cadre_id = ?", Long.class, cadreId);
	}
}
