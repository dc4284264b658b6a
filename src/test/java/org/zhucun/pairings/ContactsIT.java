package org.zhucun.pairings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** Contact logs through the pages: who may log them, bad input, the overdue lists, the home card and the API. */
class ContactsIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Pairings pairings;

	private PairingsFixture f;

	private long household;

	@BeforeEach
	void fixture() {
		this.f = PairingsFixture.create(this.jdbc, TODAY, 3);
		this.household = this.f.households().get(0);
		this.f.pair(this.jdbc, this.f.cadres().get(1), this.household, LocalDate.of(2026, 1, 1));
		this.f.pair(this.jdbc, this.f.cadres().get(1), this.f.households().get(1), LocalDate.of(2026, 1, 1));
	}

	@Test
	void theMemberLogsAHomeVisitAndTheHouseholdLeavesTheOverdueList() {
		assertThat(get("/pairings/overdue", TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.contains(this.f.suffix() + "-0", "逾期 2 户");
		assertThat(get("/", member())).hasStatusOk().bodyText().contains("本月有 2 户待走访");

		assertThat(log(member(), "HOME_VISIT", TODAY)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/pairings/mine");

		assertThat(this.jdbc.queryForMap("select last_contact_on, last_home_visit_on from household where id = ?",
				this.household))
			.containsEntry("last_contact_on", java.sql.Date.valueOf(TODAY))
			.containsEntry("last_home_visit_on", java.sql.Date.valueOf(TODAY));
		assertThat(this.jdbc.queryForObject("select on_behalf from contact_log where household_id = ?", Boolean.class,
				this.household)).isFalse();
		assertThat(get("/pairings/overdue", TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.doesNotContain(this.f.suffix() + "-0")
			.contains(this.f.suffix() + "-1", "逾期 1 户");
		assertThat(get("/", member())).hasStatusOk().bodyText().contains("本月有 1 户待走访");
		assertThat(get("/households/" + this.household, TestUsers.town(this.f.townId()))).hasStatusOk()
			.bodyText()
			.contains("入户", "不愁吃", "达标");
	}

	@Test
	void aPhoneCallEndsTheContactButNotTheHomeVisitOverdue() {
		assertThat(log(member(), "PHONE", TODAY.minusDays(1))).hasStatus(HttpStatus.FOUND);

		assertThat(get("/pairings/overdue", TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.contains(this.f.suffix() + "-0", "入户逾期");
		assertThat(get("/households/" + this.household, member())).hasStatusOk().bodyText().contains("入户逾期");
	}

	@Test
	void theUnitLogsOnTheCadresBehalfOthersAreRefused() {
		assertThat(log(TestUsers.unit(this.f.unitId()), "PHONE", TODAY)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/households/" + this.household);
		assertThat(this.jdbc.queryForMap("select on_behalf, cadre_id from contact_log where household_id = ?",
				this.household))
			.containsEntry("on_behalf", true)
			.containsEntry("cadre_id", this.f.cadres().get(1));

		PairingsFixture other = PairingsFixture.create(this.jdbc, TODAY, 0);
		assertThat(log(TestUsers.unit(other.unitId()), "PHONE", TODAY)).as("another unit").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(log(TestUsers.member(this.f.unitId(), this.f.cadres().get(2)), "PHONE", TODAY))
			.as("a member not paired with it").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(log(TestUsers.town(this.f.townId()), "PHONE", TODAY)).as("the town reads only")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/pairings/overdue", TestUsers.town(other.townId()))).hasStatusOk()
			.bodyText()
			.doesNotContain("户主0" + this.f.suffix());
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void badInputGetsFieldMessagesAndNothingIsSaved() {
		assertThat(log(member(), "HOME_VISIT", TODAY.plusDays(1))).hasStatusOk().bodyText().contains("走访日期不能晚于今天");
		assertThat(log(member(), "HOME_VISIT", LocalDate.of(2025, 12, 31))).hasStatusOk()
			.bodyText()
			.contains("走访日期不能早于结对起始日期 2026-01-01");
		assertThat(post("/households/" + this.household + "/contacts", member(), "contactDate", TODAY.toString(), "kind",
				"HOME_VISIT", "food", "true", "satisfaction", "SATISFIED")).as("the six checks unanswered")
			.hasStatusOk()
			.bodyText()
			.contains("必填");
		assertThat(post("/households/" + this.household + "/contacts", member(), "contactDate", TODAY.toString(), "kind",
				"HOME_VISIT", "food", "false", "clothing", "true", "education", "true", "medical", "true", "housing",
				"true", "water", "true", "satisfaction", "SATISFIED")).as("a problem without its description")
			.hasStatusOk()
			.bodyText()
			.contains("有未达标项目时请填写发现的问题");
		assertThat(count()).isZero();
		assertThat(this.jdbc.queryForObject("select last_contact_on from household where id = ?", LocalDate.class,
				this.household)).isNull();
	}

	@Test
	void theUnitMonthCountsPairedHouseholdsContactsAndTheOverdue() {
		YearMonth november = YearMonth.from(TODAY);
		PairingMonth before = this.pairings.unitMonth(this.f.unitId(), november);
		assertThat(before).isEqualTo(new PairingMonth(2, 0, 0, 2, 0, 0, 0));

		log(member(), "HOME_VISIT", TODAY);
		log(member(), "PHONE", TODAY.minusDays(3));

		assertThat(this.pairings.unitMonth(this.f.unitId(), november)).isEqualTo(new PairingMonth(2, 2, 1, 1, 0, 0, 0));
		assertThat(this.pairings.unitMonth(this.f.unitId(), november.minusMonths(1)))
			.as("October: paired, no contact").isEqualTo(new PairingMonth(2, 0, 0, 2, 0, 0, 0));
		assertThat(this.pairings.overdueHouseholds(this.f.townId(), null, 10)).extracting(OverdueHousehold::householdId)
			.containsExactly(this.f.households().get(1));
	}

	@Test
	void theDemoMemberHasAnOverdueHouseholdAndHouseholdsToVisit() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from household h join account a on a.cadre_id = h.cadre_id
				where a.username = 'member' and coalesce((select max(l.contact_date) from contact_log l
				  where l.household_id = h.id and l.contact_date < ?), date '2000-01-01') < date '2026-10-01'""",
				Integer.class, TODAY)).as("October missed, whatever the browser test logs today").isPositive();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from household h join account a on a.cadre_id = h.cadre_id
				where a.username = 'member'""", Integer.class)).isBetween(2, 5);
		assertThat(this.jdbc.queryForObject("select count(*) from contact_log", Integer.class)).isGreaterThan(500);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from contact_log where household_id = ?", Long.class,
				this.household);
	}

	private MvcTestResult log(RequestPostProcessor user, String kind, LocalDate day) {
		return post("/households/" + this.household + "/contacts", user, "contactDate", day.toString(), "kind", kind,
				"food", "true", "clothing", "true", "education", "true", "medical", "true", "housing", "true", "water",
				"true", "satisfaction", "SATISFIED", "helpGiven", "讲解政策");
	}

	private RequestPostProcessor member() {
		return TestUsers.member(this.f.unitId(), this.f.cadres().get(1));
	}

	private MvcTestResult get(String uri, RequestPostProcessor user) {
		return this.mvc.get().uri(uri).with(user).exchange();
	}

	private MvcTestResult post(String uri, RequestPostProcessor user, String... params) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(user).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}
}
