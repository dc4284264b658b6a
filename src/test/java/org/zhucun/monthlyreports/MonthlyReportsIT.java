package org.zhucun.monthlyreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.leave.LeaveFixture;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Monthly reports through the pages: the submitted snapshot never changes while a draft refresh does, the review
 * highlights what changed, scope (another unit 403, a town only the units serving its villages), bad input with
 * field messages and nothing saved, the unit told of a return.
 */
class MonthlyReportsIT extends IntegrationTest {

	private static final YearMonth MONTH = YearMonth.from(TODAY);

	@Autowired
	private JdbcTemplate jdbc;

	private LeaveFixture f;

	private long unitAccount;

	@BeforeEach
	void fixture() {
		this.f = LeaveFixture.create(this.jdbc, TODAY);
		this.jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", this.f.unitId(),
				this.f.villageId());
		this.unitAccount = this.jdbc.queryForObject("""
				insert into account (username, password_hash, display_name, role, unit_id, created_at, modified_at)
				values (?, 'x', '联络员', 'UNIT_ADMIN', ?, now(), now()) returning id""", Long.class,
				"u" + System.nanoTime(), this.f.unitId());
		day(LocalDate.of(2026, 11, 10));
	}

	@Test
	void theSubmittedReportStaysAsSubmittedWhileARefreshedDraftFollowsTheRecords() throws Exception {
		long id = start();
		assertThat(days(id, "facts")).isEqualTo(1);

		assertThat(save(id, "submit", "走访了全部农户")).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("SUBMITTED");
		day(LocalDate.of(2026, 11, 11));

		assertThat(submitted(id, 1)).as("the snapshot").isEqualTo(1);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(office())).hasStatusOk()
			.bodyText()
			.contains("走访了全部农户", "审核通过");

		assertThat(review(id, "return", "请补充问题", "请写清楚存在的问题")).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("RETURNED");
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(unit())).hasStatusOk()
			.bodyText()
			.contains("请补充问题", "请写清楚存在的问题");

		assertThat(save(id, "refresh", "走访了全部农户")).hasStatus(HttpStatus.FOUND);
		assertThat(days(id, "facts")).as("the refreshed draft").isEqualTo(2);
		assertThat(submitted(id, 1)).as("the first submission unchanged").isEqualTo(1);

		assertThat(save(id, "submit", "走访了全部农户，召开了院坝会")).hasStatus(HttpStatus.FOUND);
		assertThat(submitted(id, 2)).isEqualTo(2);
		String page = this.mvc.get().uri("/monthly-reports/" + id).with(office()).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("标黄的部分与上一次报送相比有变化", "走访了全部农户，召开了院坝会")
			.containsPattern("table-warning\"?>\\s*2\\s*<")
			.containsPattern("data-section=\"WORK_DONE\"[\\s\\S]{0,300}有变化");

		assertThat(review(id, "accept", "", "")).hasStatus(HttpStatus.FOUND);
		assertThat(state(id)).isEqualTo("ACCEPTED");
		assertThat(save(id, "save", "改一下")).as("locked").hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("errorMessage", "monthlyreports.error.not-allowed");
		assertThat(this.jdbc.queryForObject("select work_done from monthly_report where id = ?", String.class, id))
			.isEqualTo("走访了全部农户，召开了院坝会");
		assertThat(this.jdbc.queryForList("select action from monthly_report_event where report_id = ? order by id",
				String.class, id)).containsExactly("DRAFT", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT");
		assertThat(this.jdbc.queryForList("""
				select n.kind from notice n join notice_recipient r on r.notice_id = n.id
				where r.account_id = ? order by n.id""", String.class, this.unitAccount))
			.containsExactly("monthlyreports.returned", "monthlyreports.accepted");
	}

	@Test
	void anotherUnitOrTownIsRefusedAndATownSeesTheUnitsServingItsVillages() {
		long id = start();
		LeaveFixture other = LeaveFixture.create(this.jdbc, TODAY);

		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(TestUsers.unit(other.unitId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/monthly-reports/" + id).with(TestUsers.unit(other.unitId())).with(csrf())
			.param("version", "0").param("workDone", "x").param("action", "submit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(TestUsers.town(other.townId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(TestUsers.member(this.f.unitId(), this.f.memberId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(TestUsers.town(this.f.townId()))).hasStatusOk();
		assertThat(this.mvc.post().uri("/monthly-reports/" + id + "/accept").with(TestUsers.town(this.f.townId()))
			.with(csrf()).param("version", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(state(id)).isEqualTo("DRAFT");

		String unitName = this.jdbc.queryForObject("select name from aid_unit where id = ?", String.class,
				this.f.unitId());
		assertThat(this.mvc.get().uri("/monthly-reports?month=" + MONTH).with(TestUsers.town(this.f.townId())))
			.hasStatusOk()
			.bodyText()
			.contains(unitName, "共 1 个单位")
			.doesNotContain("示范区财政金融局");
		assertThat(this.mvc.get().uri("/monthly-reports?month=" + MONTH + "&status=MISSING").with(office()))
			.hasStatusOk()
			.bodyText()
			.contains("按镇（街道）");
	}

	/**
	 * Issue 11: a town official reads the report of a unit linked to the town with the attendance of the town's cadres
	 * only; the line of the unit's cadre stationed in another town is left out and counted; the office sees it.
	 */
	@Test
	void aTownReadsTheAttendanceOfItsOwnCadresOnly() {
		LeaveFixture other = LeaveFixture.create(this.jdbc, TODAY);
		long elsewhereTeam = this.jdbc.queryForObject("""
				insert into work_team (village_id, unit_id, term_start, term_end, one_per_village, created_at, modified_at)
				values (?, ?, ?, ?, false, now(), now()) returning id""", Long.class, other.villageId(), this.f.unitId(),
				TODAY.minusYears(1), TODAY.plusYears(1));
		String elsewhereName = "外镇驻村" + System.nanoTime();
		long elsewhere = this.jdbc.queryForObject("""
				insert into cadre (unit_id, name, gender, created_at, modified_at) values (?, ?, 'FEMALE', now(), now())
				returning id""", Long.class, this.f.unitId(), elsewhereName);
		this.jdbc.update("""
				insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)
				values (?, ?, 'MEMBER', ?, now(), now())""", elsewhereTeam, elsewhere, TODAY.minusYears(1));
		this.jdbc.update("""
				insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at, modified_at)
				values (?, ?, ?, 'IN_VILLAGE', true, 'SELF', now(), now())""", elsewhere, elsewhereTeam,
				LocalDate.of(2026, 11, 10));
		String memberName = this.jdbc.queryForObject("select name from cadre where id = ?", String.class,
				this.f.memberId());
		long id = start();

		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(office())).hasStatusOk()
			.bodyText()
			.contains(memberName, elsewhereName)
			.doesNotContain("id=\"cadres-not-shown\"");
		var official = TestUsers.town(this.f.townId());
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(official)).hasStatusOk()
			.bodyText()
			.contains(memberName, "id=\"cadres-not-shown\"", "另有 1 行")
			.doesNotContain(elsewhereName);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id + "/print").with(official)).hasStatusOk()
			.bodyText()
			.contains(memberName)
			.doesNotContain(elsewhereName);
		// The town where that cadre serves reads the reports of the units linked to it, not this one.
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(TestUsers.town(other.townId())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aReturnWithoutACommentAndOverlongSectionsAreRefusedAndNothingIsSaved() {
		long id = start();
		assertThat(save(id, "save", "字".repeat(2001))).hasStatusOk().bodyText().contains("长度应在 0 到 2,000 个字符之间");
		assertThat(this.jdbc.queryForObject("select work_done from monthly_report where id = ?", String.class, id))
			.isEmpty();

		assertThat(save(id, "submit", "工作")).hasStatus(HttpStatus.FOUND);
		assertThat(review(id, "return", "  ", "")).hasStatusOk().bodyText().contains("请填写退回或重新打开的理由");
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("select count(*) from monthly_report_comment where report_id = ?",
				Integer.class, id)).isZero();
		assertThat(review(id, "return", "x".repeat(1001), "")).hasStatusOk().bodyText().contains("长度应在 0 到 1,000");
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(this.mvc.post().uri("/monthly-reports").param("month", "2030-01").with(unit()).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/monthly-reports");
		assertThat(this.jdbc.queryForObject("select count(*) from monthly_report where unit_id = ?", Integer.class,
				this.f.unitId())).isEqualTo(1);
	}

	private long start() {
		assertThat(this.mvc.post().uri("/monthly-reports").param("month", MONTH.toString()).with(unit()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select id from monthly_report where unit_id = ? and month = ?", Long.class,
				this.f.unitId(), MONTH.atDay(1));
	}

	private MvcTestResult save(long id, String action, String workDone) {
		return this.mvc.post().uri("/monthly-reports/" + id).with(unit()).with(csrf())
			.param("version", version(id)).param("workDone", workDone).param("problems", "")
			.param("helpNeeded", "").param("nextPlan", "").param("action", action).exchange();
	}

	private MvcTestResult review(long id, String action, String comment, String problemsComment) {
		return this.mvc.post().uri("/monthly-reports/" + id + "/" + action).with(office()).with(csrf())
			.param("version", version(id)).param("comment", comment).param("problemsComment", problemsComment)
			.exchange();
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from monthly_report where id = ?", Long.class, id));
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from monthly_report where id = ?", String.class, id);
	}

	private int days(long id, String column) {
		return this.jdbc.queryForObject("select coalesce(sum((l->>'inVillageDays')::int), 0) from monthly_report, "
				+ "jsonb_array_elements(" + column + "->'attendance') l where id = ?", Integer.class, id);
	}

	private int submitted(long id, int number) {
		return this.jdbc.queryForObject("""
				select coalesce(sum((l->>'inVillageDays')::int), 0) from monthly_report_submission s,
				jsonb_array_elements(s.content->'attendance') l where s.report_id = ? and s.number = ?""",
				Integer.class, id, number);
	}

	private void day(LocalDate day) {
		this.jdbc.update("""
				insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at, modified_at)
				values (?, ?, ?, 'IN_VILLAGE', true, 'SELF', now(), now())""", this.f.memberId(), this.f.teamId(), day);
	}

	private RequestPostProcessor unit() {
		return TestUsers.unit(this.f.unitId());
	}

	private static RequestPostProcessor office() {
		return TestUsers.officeStaff();
	}
}
