package org.zhucun.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.TestUsers;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.MembershipEnd;
import org.zhucun.workteams.TeamView;

/**
 * Findings over HTTP: one made from a spot check's discrepancy links back to it (and a second click finds it), one
 * made from a team's reduction; the whole flow by the office and the unit with a file; the scope of units and towns
 * (403); bad input beside its field with nothing saved.
 */
class FindingsIT extends OversightIT {

	/** A 1×1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	private static final LocalDate DAY = TODAY.minusDays(3);

	@Test
	void aFindingMadeFromADiscrepancyLinksBackToIt() {
		Team team = team();
		long check = discrepancy(team, team.memberId(), DAY);

		MvcTestResult made = fromFact("SPOT_CHECK", check, null);
		assertThat(made).hasStatus(HttpStatus.FOUND);
		Map<String, Object> row = this.jdbc.queryForMap("select * from oversight_finding where fact_kind = 'SPOT_CHECK' "
				+ "and fact_id = ?", check);
		assertThat(made).hasRedirectedUrl("/oversight/findings/" + row.get("id"));
		assertThat(row).containsEntry("source", "SPOT_CHECK")
			.containsEntry("subject_kind", "CADRE")
			.containsEntry("cadre_id", team.memberId())
			.containsEntry("team_id", team.teamId())
			.containsEntry("unit_id", team.unitId())
			.containsEntry("town_id", team.townId())
			.containsEntry("state", "OPEN")
			.containsEntry("found_on", java.sql.Date.valueOf(TODAY))
			.containsEntry("deadline", java.sql.Date.valueOf(TODAY.plusDays(15)));
		assertThat((String) row.get("description")).contains(DAY.toString());

		assertThat(this.mvc.get().uri("/oversight/findings/" + row.get("id")).with(TestUsers.officeStaff()).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("id=\"finding-fact\" href=\"/attendance/spot-checks/" + check + "\"");
		// The facts of the month show the finding made instead of the button; a second click finds the same finding.
		assertThat(this.mvc.get()
			.uri("/oversight/findings/facts?month=" + YearMonth.from(DAY))
			.with(TestUsers.officeStaff())
			.exchange()).hasStatusOk().bodyText().contains("href=\"/oversight/findings/" + row.get("id") + "\"");
		assertThat(fromFact("SPOT_CHECK", check, null)).hasRedirectedUrl("/oversight/findings/" + row.get("id"));
		assertThat(count("fact_kind = 'SPOT_CHECK' and fact_id = " + check)).isEqualTo(1);
	}

	@Test
	void findingsFromAReturnedReportAndAUnitShortOfItsDutiesLinkBackToThem() throws Exception {
		Team team = team();
		YearMonth month = YearMonth.from(TODAY).minusMonths(1);
		long report = insert("insert into monthly_report (unit_id, month, state, due_date, facts, facts_at, "
				+ "submissions, submitted_at, decided_at, created_at, modified_at) values (?, ?, 'RETURNED', ?, "
				+ "'{\"attendance\":[]}', now(), 1, now(), now(), now(), now()) returning id", team.unitId(),
				month.atDay(1), month.atDay(25));
		// The office's facts of the month offer both, each with its one-click button.
		String facts = this.mvc.get()
			.uri("/oversight/findings/facts?month=" + month)
			.with(TestUsers.officeStaff())
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(facts).contains("href=\"/monthly-reports/" + report + "\"")
			.contains("<input type=\"hidden\" name=\"kind\" value=\"REPORT_RETURNED\">")
			.contains("<input type=\"hidden\" name=\"kind\" value=\"UNIT_SHORTFALL\">");

		MvcTestResult made = fromFact("REPORT_RETURNED", report, month);
		Map<String, Object> row = this.jdbc.queryForMap("select * from oversight_finding where fact_kind = "
				+ "'REPORT_RETURNED' and fact_id = ?", report);
		assertThat(made).hasRedirectedUrl("/oversight/findings/" + row.get("id"));
		assertThat(row).containsEntry("source", "REPORT_REVIEW")
			.containsEntry("subject_kind", "UNIT")
			.containsEntry("unit_id", team.unitId())
			.containsEntry("fact_month", month.toString())
			.containsEntry("state", "OPEN");
		assertThat(this.mvc.get().uri("/oversight/findings/" + row.get("id")).with(TestUsers.officeStaff()).exchange())
			.bodyText()
			.contains("id=\"finding-fact\" href=\"/monthly-reports/" + report + "\"");
		assertThat(fromFact("REPORT_RETURNED", report, month)).hasRedirectedUrl("/oversight/findings/" + row.get("id"));

		// The new unit made no visits: it is short of its duties in the month.
		assertThat(fromFact("UNIT_SHORTFALL", team.unitId(), month)).hasStatus(HttpStatus.FOUND);
		Map<String, Object> shortfall = this.jdbc.queryForMap("select * from oversight_finding where fact_kind = "
				+ "'UNIT_SHORTFALL' and fact_id = ?", team.unitId());
		assertThat(shortfall).containsEntry("unit_id", team.unitId()).containsEntry("fact_month", month.toString());
		assertThat(this.mvc.get().uri("/oversight/findings/" + shortfall.get("id")).with(TestUsers.officeStaff())
			.exchange()).bodyText().contains("id=\"finding-fact\" href=\"/unit-duties?month=" + month + "\"");

		// A report accepted is no returned report; a fact without its month is refused; nothing is made of either.
		Team other = team();
		long accepted = insert("insert into monthly_report (unit_id, month, state, due_date, facts, facts_at, "
				+ "submissions, submitted_at, decided_at, created_at, modified_at) values (?, ?, 'ACCEPTED', ?, "
				+ "'{\"attendance\":[]}', now(), 1, now(), now(), now(), now()) returning id", other.unitId(),
				month.atDay(1), month.atDay(25));
		assertThat(fromFact("REPORT_RETURNED", accepted, month))
			.hasRedirectedUrl("/oversight/findings/facts?month=" + month);
		assertThat(fromFact("UNIT_SHORTFALL", other.unitId(), null)).hasRedirectedUrl("/oversight/findings/facts");
		assertThat(count("fact_kind in ('REPORT_RETURNED', 'UNIT_SHORTFALL') and fact_id in (" + accepted + ", "
				+ other.unitId() + ")")).isZero();
	}

	@Test
	void findingsFromAnOverdueHouseholdAndALateMonitoringCaseLinkBackToThem() {
		Team team = team();
		YearMonth now = YearMonth.from(TODAY);
		long household = insert("insert into household (code, village_id, head_name, category, cadre_id, paired_since, "
				+ "last_contact_on, last_home_visit_on, created_at, modified_at) values (?, ?, '王大山', 'POOR', ?, ?, ?, ?, "
				+ "now(), now()) returning id", unique("H"), team.villageId(), team.memberId(), TODAY.minusYears(1),
				TODAY.minusDays(90), TODAY.minusDays(200));
		assertThat(fromFact("HOUSEHOLD_OVERDUE", household, now)).hasStatus(HttpStatus.FOUND);
		Map<String, Object> row = this.jdbc.queryForMap("select * from oversight_finding where fact_kind = "
				+ "'HOUSEHOLD_OVERDUE' and fact_id = ?", household);
		assertThat(row).containsEntry("subject_kind", "CADRE")
			.containsEntry("cadre_id", team.memberId())
			.containsEntry("unit_id", team.unitId())
			.containsEntry("town_id", team.townId())
			.containsEntry("fact_month", now.toString());
		assertThat(this.mvc.get().uri("/oversight/findings/" + row.get("id")).with(TestUsers.officeStaff()).exchange())
			.bodyText()
			.contains("id=\"finding-fact\" href=\"/households/" + household + "\"");
		// A household contacted in time is no fact; nor is an overdue one of another month.
		long kept = insert("insert into household (code, village_id, head_name, category, cadre_id, paired_since, "
				+ "last_contact_on, last_home_visit_on, created_at, modified_at) values (?, ?, '李小河', 'POOR', ?, ?, ?, ?, "
				+ "now(), now()) returning id", unique("H"), team.villageId(), team.memberId(), TODAY.minusYears(1),
				TODAY.minusDays(1), TODAY.minusDays(1));
		assertThat(fromFact("HOUSEHOLD_OVERDUE", kept, now)).hasRedirectedUrl("/oversight/findings/facts?month=" + now);
		assertThat(fromFact("HOUSEHOLD_OVERDUE", household, now.minusMonths(1)))
			.hasRedirectedUrl("/oversight/findings/facts?month=" + now.minusMonths(1));

		long monitored = insert("insert into household (code, village_id, head_name, category, monitored_kind, "
				+ "created_at, modified_at) values (?, ?, '赵二', 'MONITORED', 'SUDDEN', now(), now()) returning id",
				unique("H"), team.villageId());
		long late = insert("insert into monitoring_case (household_id, flagged_on, source, flag_reason, deadline, state, "
				+ "created_at, modified_at) values (?, ?, 'CADRE_VISIT', '因病支出骤增', ?, 'FLAGGED', now(), now()) "
				+ "returning id", monitored, TODAY.minusDays(30), TODAY.minusDays(15));
		assertThat(fromFact("MONITORING_LATE", late, null)).hasStatus(HttpStatus.FOUND);
		Map<String, Object> monitoring = this.jdbc.queryForMap("select * from oversight_finding where fact_kind = "
				+ "'MONITORING_LATE' and fact_id = ?", late);
		assertThat(monitoring).containsEntry("subject_kind", "TEAM")
			.containsEntry("team_id", team.teamId())
			.containsEntry("unit_id", team.unitId())
			.containsEntry("town_id", team.townId());
		assertThat(this.mvc.get().uri("/oversight/findings/" + monitoring.get("id")).with(TestUsers.officeStaff())
			.exchange()).bodyText().contains("id=\"finding-fact\" href=\"/monitoring/" + late + "\"");
		long inTime = insert("insert into monitoring_case (household_id, flagged_on, source, flag_reason, deadline, "
				+ "state, created_at, modified_at) values (?, ?, 'CADRE_VISIT', '因灾损失', ?, 'FLAGGED', now(), now()) "
				+ "returning id", monitored, TODAY.minusDays(5), TODAY.plusDays(10));
		assertThat(fromFact("MONITORING_LATE", inTime, null)).hasRedirectedUrl("/oversight/findings/facts");
		assertThat(count("fact_kind = 'MONITORING_LATE' and fact_id = " + inTime)).isZero();
		// The facts of the current month offer both kinds.
		assertThat(this.mvc.get().uri("/oversight/findings/facts?month=" + now).with(TestUsers.officeStaff()).exchange())
			.bodyText()
			.contains("id=\"overdue-households\"")
			.contains("id=\"late-monitoring\"");
	}

	@Test
	void aCheckThatFoundTheCadrePresentIsNoFinding() {
		Team team = team();
		long check = discrepancy(team, team.memberId(), DAY);
		this.jdbc.update("update spot_check set found_present = true where id = ?", check);
		assertThat(fromFact("SPOT_CHECK", check, null)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/oversight/findings/facts");
		assertThat(count("fact_id = " + check)).isZero();
	}

	@Test
	void aFindingMadeFromATeamsReduction() {
		Team team = team();
		TeamView view = asAdmin(() -> this.teams.get(team.teamId()));
		MemberView leaving = view.members().stream().filter(m -> m.cadreId() == team.member2Id()).findFirst().orElseThrow();
		asAdmin(() -> {
			this.teams.endMembership(team.teamId(), leaving.membershipId(),
					new MembershipEnd(TODAY.minusDays(20), LeaveReason.TRANSFER, null, leaving.version()));
			return null;
		});
		YearMonth month = YearMonth.from(TODAY);
		assertThat(fromFact("REDUCTION", team.teamId(), month)).hasStatus(HttpStatus.FOUND);
		Map<String, Object> row = this.jdbc.queryForMap("select * from oversight_finding where fact_kind = 'REDUCTION' "
				+ "and fact_id = ?", team.teamId());
		assertThat(row).containsEntry("subject_kind", "TEAM")
			.containsEntry("team_id", team.teamId())
			.containsEntry("unit_id", team.unitId())
			.containsEntry("town_id", team.townId())
			.containsEntry("fact_month", month.toString());
		assertThat(this.mvc.get().uri("/oversight/findings/" + row.get("id")).with(TestUsers.officeStaff()).exchange())
			.bodyText()
			.contains("href=\"/teams/" + team.teamId() + "\"");
		// A team not reduced is no finding.
		Team intact = team();
		assertThat(fromFact("REDUCTION", intact.teamId(), month)).hasStatus(HttpStatus.FOUND);
		assertThat(count("team_id = " + intact.teamId())).isZero();
	}

	@Test
	void theOfficeAssignsTheUnitAnswersWithAFileAndTheOfficeSendsBackAndCloses() {
		Team team = team();
		long id = findingOf(team);
		RequestPostProcessor unit = TestUsers.unit(team.unitId());

		// Before it is assigned, the unit sees it but cannot answer.
		assertThat(this.mvc.get().uri("/oversight/findings/" + id).with(unit).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"answer\"");
		assertThat(answer(unit, id, "已整改").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("OPEN");
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where owner_type = 'finding-answer' "
				+ "and owner_id = ?", Long.class, id)).isZero();
		assertThat(step(TestUsers.officeStaff(), id, "assign", null).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("ASSIGNED");
		// The unit cannot take the office's steps.
		assertThat(step(unit, id, "close", null).exchange()).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(answer(unit, id, "已组织干部补齐驻村天数，附签到表。").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("ANSWERED");
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where owner_type = 'finding-answer' "
				+ "and owner_id = ?", Long.class, id)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/oversight/findings?state=ANSWERED").with(TestUsers.officeStaff()).exchange())
			.bodyText()
			.contains("data-finding=\"" + id + "\"");

		// Sending back needs a reason: refused beside the field, nothing changed.
		MvcTestResult noReason = step(TestUsers.officeStaff(), id, "send-back", " ").exchange();
		assertThat(noReason).hasStatusOk().bodyText().contains("退回时请填写退回原因");
		assertThat(state(id)).isEqualTo("ANSWERED");
		assertThat(step(TestUsers.officeStaff(), id, "send-back", "签到表不清晰").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("SENT_BACK");
		assertThat(answer(unit, id, "已重新上传清晰的签到表。").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(step(TestUsers.officeAdmin(), id, "close", "核实无误").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForList("select action from oversight_finding_step where finding_id = ? order by at",
				String.class, id))
			.containsExactly("OPEN", "ASSIGN", "ANSWER", "SEND_BACK", "ANSWER", "CLOSE");
		// Closed, nothing more can be done: the page says so.
		assertThat(step(TestUsers.officeAdmin(), id, "close", null).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("CLOSED");
	}

	@Test
	void anotherUnitOrTownIsRefused() {
		Team team = team();
		Team other = team();
		long id = findingOf(team);
		step(TestUsers.officeStaff(), id, "assign", null).exchange();

		for (RequestPostProcessor outsider : List.of(TestUsers.unit(other.unitId()), TestUsers.town(other.townId()))) {
			assertThat(this.mvc.get().uri("/oversight/findings/" + id).with(outsider).exchange())
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(answer(outsider, id, "别人的问题").exchange()).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/oversight/findings").with(outsider).exchange()).hasStatusOk()
				.bodyText()
				.doesNotContain("data-finding=\"" + id + "\"");
		}
		// The unit's list shows only its own, whatever the filter says.
		assertThat(this.mvc.get().uri("/oversight/findings?unitId=" + team.unitId()).with(TestUsers.unit(other.unitId()))
			.exchange()).bodyText().doesNotContain("data-finding=\"" + id + "\"");
		assertThat(state(id)).isEqualTo("ASSIGNED");
		// The town of the team follows it; team accounts and units may not record findings.
		assertThat(this.mvc.get().uri("/oversight/findings/" + id).with(TestUsers.town(team.townId())).exchange())
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/oversight/findings").with(TestUsers.member(team.unitId(), team.memberId()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/findings/new").with(TestUsers.unit(team.unitId())).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/oversight/findings/from-fact")
			.param("kind", "SPOT_CHECK")
			.param("factId", "1")
			.with(TestUsers.town(team.townId()))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * Issue 11: a town follows the findings about the cadres serving in it, whatever their unit, and not those about
	 * the cadres of the units linked to it who serve elsewhere (403); an overdue household in another town is named as
	 * the fact, not linked.
	 */
	@Test
	void aTownFollowsTheFindingsAboutTheCadresServingInIt() {
		Team here = team();
		Team there = team();
		Stationed unlinkedHere = stationedIn(here.townId(), there.unitId());
		Stationed linkedThere = stationedIn(there.townId(), here.unitId());
		long aboutHere = cadreFinding(there.unitId(), unlinkedHere.cadreId(), "在本镇驻村的外单位干部不在岗");
		long aboutThere = cadreFinding(here.unitId(), linkedThere.cadreId(), "联系单位在外镇驻村的干部不在岗");
		var official = TestUsers.town(here.townId());
		var otherOfficial = TestUsers.town(there.townId());

		assertThat(this.mvc.get().uri("/oversight/findings").with(official)).hasStatusOk()
			.bodyText()
			.contains("在本镇驻村的外单位干部不在岗")
			.doesNotContain("联系单位在外镇驻村的干部不在岗");
		assertThat(this.mvc.get().uri("/oversight/findings/" + aboutHere).with(official)).hasStatusOk();
		assertThat(this.mvc.get().uri("/oversight/findings/" + aboutThere).with(official))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/oversight/findings/" + aboutThere).with(otherOfficial)).hasStatusOk();
		assertThat(this.mvc.get().uri("/oversight/findings/" + aboutHere).with(otherOfficial))
			.hasStatus(HttpStatus.FORBIDDEN);

		// The fact of the finding: a household of the other town the cadre's pairing was overdue with.
		long household = insert("""
				insert into household (code, village_id, head_name, category, member_count, created_at, modified_at)
				values (?, ?, '外镇户主', 'LIFTED', 1, now(), now()) returning id""", unique("H"), there.villageId());
		this.jdbc.update("update oversight_finding set fact_kind = 'HOUSEHOLD_OVERDUE', fact_id = ?, fact_month = ?"
				+ " where id = ?", household, YearMonth.from(TODAY).toString(), aboutHere);
		assertThat(this.mvc.get().uri("/oversight/findings/" + aboutHere).with(official)).hasStatusOk()
			.bodyText()
			.contains("id=\"finding-fact-text\"")
			.doesNotContain("/households/" + household + "\"");
		assertThat(this.mvc.get().uri("/oversight/findings/" + aboutHere).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("/households/" + household + "\"");
	}

	private long cadreFinding(long unitId, long cadreId, String description) {
		assertThat(this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "CADRE")
			.param("unitId", String.valueOf(unitId))
			.param("cadreId", String.valueOf(cadreId))
			.param("description", description)
			.param("deadline", TODAY.plusDays(10).toString())
			.with(TestUsers.officeStaff())
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select id from oversight_finding where description = ?", Long.class,
				description);
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsSaved() {
		Team team = team();
		long before = count("unit_id = " + team.unitId());
		MvcTestResult result = this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "UNIT")
			.param("unitId", String.valueOf(team.unitId()))
			.param("description", "  ")
			.param("deadline", TODAY.minusDays(1).toString())
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("is-invalid").contains("请填写问题描述");
		assertThat(count("unit_id = " + team.unitId())).isEqualTo(before);

		result = create(team, "驻村日志不全", TODAY.minusDays(1)).exchange();
		assertThat(result).hasStatusOk().bodyText().contains("整改期限不能早于今天");
		result = this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "CADRE")
			.param("unitId", String.valueOf(team.unitId()))
			.param("description", "不在岗")
			.param("deadline", "2026-13-40")
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("is-invalid");
		// A file of another kind is refused beside the files, nothing saved.
		result = this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.file(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes()))
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "UNIT")
			.param("unitId", String.valueOf(team.unitId()))
			.param("description", "驻村日志不全")
			.param("deadline", TODAY.plusDays(5).toString())
			.with(TestUsers.officeStaff())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("is-invalid");
		assertThat(count("unit_id = " + team.unitId())).isEqualTo(before);

		// The unit's answer without text is refused beside it.
		long id = findingOf(team);
		step(TestUsers.officeStaff(), id, "assign", null).exchange();
		assertThat(answer(TestUsers.unit(team.unitId()), id, " ").exchange()).hasStatusOk()
			.bodyText()
			.contains("请填写整改情况");
		assertThat(state(id)).isEqualTo("ASSIGNED");
	}

	@Test
	void theCardsCountWhatWaits() {
		Team team = team();
		long id = findingOf(team);
		step(TestUsers.officeStaff(), id, "assign", null).exchange();
		this.jdbc.update("update oversight_finding set deadline = ? where id = ?", TODAY.minusDays(1), id);
		assertThat(this.mvc.get().uri("/").with(TestUsers.unit(team.unitId())).exchange()).hasStatusOk()
			.bodyText()
			.contains("1 个督查问题待整改报送")
			.contains("1 个问题已逾期");
		assertThat(this.mvc.get().uri("/oversight/findings?overdue=true").with(TestUsers.unit(team.unitId())).exchange())
			.bodyText()
			.contains("data-finding=\"" + id + "\"")
			.contains("已逾期");
	}

	private long findingOf(Team team) {
		assertThat(create(team, "驻村日志不全，10月有6天无记录。", TODAY.plusDays(10)).exchange()).hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select max(id) from oversight_finding where unit_id = ?", Long.class,
				team.unitId());
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder create(Team team,
			String description, LocalDate deadline) {
		return this.mvc.post()
			.uri("/oversight/findings")
			.multipart()
			.param("source", "FIELD_VISIT")
			.param("subjectKind", "TEAM")
			.param("unitId", String.valueOf(team.unitId()))
			.param("teamId", String.valueOf(team.teamId()))
			.param("description", description)
			.param("deadline", deadline.toString())
			.with(TestUsers.officeStaff())
			.with(csrf());
	}

	private MvcTestResult fromFact(String kind, long factId, YearMonth month) {
		var request = this.mvc.post()
			.uri("/oversight/findings/from-fact")
			.param("kind", kind)
			.param("factId", String.valueOf(factId))
			.with(TestUsers.officeStaff())
			.with(csrf());
		if (month != null) {
			request.param("month", month.toString());
		}
		return request.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder step(
			RequestPostProcessor user, long id, String action, String text) {
		var request = this.mvc.post()
			.uri("/oversight/findings/" + id + "/" + action)
			.param("version", String.valueOf(version(id)))
			.with(user)
			.with(csrf());
		if (text != null) {
			request.param("text", text);
		}
		return request;
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder answer(
			RequestPostProcessor user, long id, String text) {
		return this.mvc.post()
			.uri("/oversight/findings/" + id + "/answer")
			.multipart()
			.file(new MockMultipartFile("files", "签到表.png", "image/png", PNG))
			.param("version", String.valueOf(version(id)))
			.param("text", text)
			.with(user)
			.with(csrf());
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from oversight_finding where id = ?", Long.class, id);
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from oversight_finding where id = ?", String.class, id);
	}

	private long count(String where) {
		return this.jdbc.queryForObject("select count(*) from oversight_finding where " + where, Long.class);
	}
}
