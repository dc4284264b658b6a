package org.zhucun.monthlyreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.leave.LeaveFixture;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The report's figures pre-filled from the other modules: the leadership's visits and the quarter's meeting (unit
 * duties), the contacts with the paired households (pairings) and the consumption aid (purchases) appear in the draft
 * as those modules' pages show them; a submission keeps them as submitted when a visit or a purchase is added later,
 * and a refreshed draft picks the addition up; the review, the print view and the month's workbook show them.
 */
class ReportPrefillIT extends IntegrationTest {

	private static final YearMonth MONTH = YearMonth.from(TODAY);

	@Autowired
	private JdbcTemplate jdbc;

	private LeaveFixture f;

	private long principal;

	private long deputy;

	private long household;

	private String suffix;

	@BeforeEach
	void fixture() {
		this.f = LeaveFixture.create(this.jdbc, TODAY);
		this.suffix = String.valueOf(System.nanoTime());
		this.jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", this.f.unitId(),
				this.f.villageId());
		this.principal = leader("正职" + this.suffix, true);
		this.deputy = leader("副职" + this.suffix, false);
		visit(this.principal, true, MONTH.atDay(3), MONTH.atDay(4));
		visit(this.deputy, false, MONTH.atDay(10), MONTH.atDay(12));
		this.household = this.jdbc.queryForObject("""
				insert into household (code, village_id, head_name, category, member_count, created_at, modified_at)
				values (?, ?, ?, 'LIFTED', 1, now(), now()) returning id""", Long.class, "H" + this.suffix,
				this.f.villageId(), "户主" + this.suffix);
		long pairing = this.jdbc.queryForObject("""
				insert into pairing (household_id, cadre_id, from_date, created_at, modified_at)
				values (?, ?, ?, now(), now()) returning id""", Long.class, this.household, this.f.memberId(),
				TODAY.minusYears(1));
		this.jdbc.update("update household set cadre_id = ?, paired_since = ? where id = ?", this.f.memberId(),
				TODAY.minusYears(1), this.household);
		contact(pairing, MONTH.atDay(5), "HOME_VISIT");
		contact(pairing, MONTH.atDay(18), "PHONE");
		contact(pairing, MONTH.minusMonths(1).atDay(18), "PHONE");
		this.jdbc.update("""
				insert into purchase_share (unit_id, year, target, exempt, created_at, modified_at)
				values (?, ?, 10000.00, false, now(), now())""", this.f.unitId(), MONTH.getYear());
		purchase(MONTH.atDay(6), "1234.50");
		purchase(MONTH.minusMonths(2).atDay(6), "765.50");
	}

	@Test
	void theDraftShowsTheMonthAsTheOtherModulesDoAndTheSubmissionKeepsItWhileARefreshFollows() throws Exception {
		String unitDuties = page("/unit-duties/units/" + this.f.unitId() + "?month=" + MONTH, office());
		assertThat(unitDuties).contains("正职" + this.suffix, "副职" + this.suffix, "3 / ", "2026-11-10");
		String purchases = page("/purchases", unit());
		assertThat(purchases).contains("¥1,234.50");
		String householdPage = page("/households/" + this.household, office());
		assertThat(householdPage).contains(MONTH.atDay(5).toString(), MONTH.atDay(18).toString());

		long id = start();
		String draft = page("/monthly-reports/" + id, unit());
		assertThat(draft).contains("正职" + this.suffix, "副职" + this.suffix, "2026-11-03 至 2026-11-04",
				"2026-11-10 至 2026-11-12", "3 天（要求")
			.containsPattern("data-figure=\"LEADER_VISITS:principalVisited\"[^>]*>是<")
			.containsPattern("data-figure=\"HOUSEHOLDS:householdsPaired\"[^>]*>1<")
			.containsPattern("data-figure=\"HOUSEHOLDS:contacts\"[^>]*>2<")
			.containsPattern("data-figure=\"HOUSEHOLDS:homeVisits\"[^>]*>1<")
			.containsPattern("data-figure=\"HOUSEHOLDS:householdsOverdue\"[^>]*>0<")
			.containsPattern("data-figure=\"PURCHASES:countedThisMonth\"[^>]*>¥1,234.50<")
			.containsPattern("data-figure=\"PURCHASES:countedYearToDate\"[^>]*>¥2,000.00<")
			.containsPattern("data-figure=\"PURCHASES:target\"[^>]*>¥10,000.00<")
			.containsPattern("data-figure=\"PURCHASES:progress\"[^>]*>20.0 %<");

		assertThat(save(id, "submit")).hasStatus(HttpStatus.FOUND);
		visit(this.deputy, false, MONTH.atDay(20), MONTH.atDay(21));
		purchase(MONTH.atDay(20), "100.00");

		assertThat(snapshot(id, 1, "leaderVisits", "othersDays")).isEqualTo("3");
		assertThat(snapshot(id, 1, "purchases", "countedThisMonth")).isEqualTo("1234.50");
		String submitted = page("/monthly-reports/" + id, office());
		assertThat(submitted).contains("3 天（要求")
			.doesNotContain("2026-11-20 至 2026-11-21")
			.containsPattern("data-figure=\"PURCHASES:countedThisMonth\"[^>]*>¥1,234.50<");
		assertThat(page("/monthly-reports/" + id + "/print", office())).contains("2026-11-03 至 2026-11-04", "¥1,234.50",
				"¥2,000.00", "20.0 %");

		assertThat(this.mvc.post().uri("/monthly-reports/" + id + "/return").with(office()).with(csrf())
			.param("version", version(id)).param("comment", "请补充本月到村情况").param("purchasesComment", "请核实采购金额"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(save(id, "refresh")).hasStatus(HttpStatus.FOUND);
		assertThat(snapshot(id, 1, "leaderVisits", "othersDays")).as("the first submission unchanged").isEqualTo("3");
		String refreshed = page("/monthly-reports/" + id, unit());
		assertThat(refreshed).contains("5 天（要求", "2026-11-20 至 2026-11-21", "请核实采购金额")
			.containsPattern("data-figure=\"PURCHASES:countedThisMonth\"[^>]*>¥1,334.50<");

		assertThat(save(id, "submit")).hasStatus(HttpStatus.FOUND);
		assertThat(snapshot(id, 2, "purchases", "countedThisMonth")).isEqualTo("1334.50");
		String review = page("/monthly-reports/" + id, office());
		assertThat(review).containsPattern("data-section=\"LEADER_VISITS\">[\\s\\S]{0,200}有变化")
			.containsPattern("data-section=\"PURCHASES\">[\\s\\S]{0,200}有变化")
			.doesNotContainPattern("data-section=\"HOUSEHOLDS\">[\\s\\S]{0,200}有变化")
			.containsPattern("table-warning\"? data-figure=\"PURCHASES:countedThisMonth\"")
			.containsPattern("table-warning\"? data-figure=\"LEADER_VISITS:othersDays\"");
	}

	@Test
	void aReportStoredBeforeTheSectionsWerePreFilledStillShows() {
		long id = start();
		this.jdbc.update("""
				update monthly_report set facts = '{"attendance": [], "texts": {"workDone": ""}}'::jsonb where id = ?""",
				id);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id).with(unit())).hasStatusOk()
			.bodyText()
			.contains("该版本的月报不含此部分");
		assertThat(save(id, "submit")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/monthly-reports/" + id + "/print").with(office())).hasStatusOk()
			.bodyText()
			.contains("该版本的月报不含此部分");
	}

	private long leader(String name, boolean principal) {
		return this.jdbc.queryForObject("""
				insert into unit_leader (unit_id, name, position, principal, created_at, modified_at)
				values (?, ?, '局长', ?, now(), now()) returning id""", Long.class, this.f.unitId(), name, principal);
	}

	private void visit(long leader, boolean principal, LocalDate first, LocalDate last) {
		this.jdbc.update("""
				insert into leader_visit (unit_id, leader_id, principal, village_id, first_day, last_day, purpose,
				                          created_at, modified_at)
				values (?, ?, ?, ?, ?, ?, '调研帮扶工作', now(), now())""", this.f.unitId(), leader, principal,
				this.f.villageId(), first, last);
	}

	private void contact(long pairing, LocalDate day, String kind) {
		this.jdbc.update("""
				insert into contact_log (household_id, pairing_id, cadre_id, contact_date, kind, food_ok, clothing_ok,
				                         education_ok, medical_ok, housing_ok, water_ok, satisfaction, created_at,
				                         modified_at)
				values (?, ?, ?, ?, ?, true, true, true, true, true, true, 'SATISFIED', now(), now())""",
				this.household, pairing, this.f.memberId(), day, kind);
	}

	private void purchase(LocalDate day, String amount) {
		this.jdbc.update("""
				insert into purchase (unit_id, purchase_date, village_id, seller_kind, product, category_id, quantity,
				                      measure, amount, channel_id, destination, buyer_kind, status, received_on, paid_on,
				                      created_at, modified_at)
				values (?, ?, ?, 'VILLAGE', '土鸡蛋', (select min(id) from purchase_category), 10, '斤', ?,
				        (select min(id) from purchase_channel), 'CANTEEN', 'UNIT', 'PAID', ?, ?, now(), now())""",
				this.f.unitId(), day, this.f.villageId(), new BigDecimal(amount), day, day);
	}

	private long start() {
		assertThat(this.mvc.post().uri("/monthly-reports").param("month", MONTH.toString()).with(unit()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		return this.jdbc.queryForObject("select id from monthly_report where unit_id = ? and month = ?", Long.class,
				this.f.unitId(), MONTH.atDay(1));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult save(long id, String action) {
		return this.mvc.post().uri("/monthly-reports/" + id).with(unit()).with(csrf())
			.param("version", version(id)).param("workDone", "走访农户").param("problems", "")
			.param("helpNeeded", "").param("nextPlan", "").param("action", action).exchange();
	}

	private String snapshot(long id, int number, String section, String figure) {
		return this.jdbc.queryForObject("""
				select s.content->?->>? from monthly_report_submission s where s.report_id = ? and s.number = ?""",
				String.class, section, figure, id, number);
	}

	private String page(String uri, RequestPostProcessor who) throws Exception {
		var result = this.mvc.get().uri(uri).with(who).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from monthly_report where id = ?", Long.class, id));
	}

	private RequestPostProcessor unit() {
		return TestUsers.unit(this.f.unitId());
	}

	private static RequestPostProcessor office() {
		return TestUsers.officeStaff();
	}
}
