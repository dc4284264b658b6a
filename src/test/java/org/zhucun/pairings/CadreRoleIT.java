package org.zhucun.pairings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.demo.DemoAccounts;
import org.zhucun.identity.Role;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * The role CADRE (帮扶责任人 who is not stationed, DOMAIN §1): the demo account {@code cadre} sees itself and its own
 * pairings and households, logs their contacts, and is refused other cadres' households and every other page.
 */
class CadreRoleIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private long cadreId;

	private long unitId;

	private RequestPostProcessor cadre;

	@BeforeEach
	void account() {
		Map<String, Object> account = this.jdbc.queryForMap(
				"select role, unit_id, cadre_id, town_id from account where username = ?", DemoAccounts.CADRE);
		assertThat(account).containsEntry("role", "CADRE").containsEntry("town_id", null);
		this.cadreId = ((Number) account.get("cadre_id")).longValue();
		this.unitId = ((Number) account.get("unit_id")).longValue();
		this.cadre = TestUsers.as(Role.CADRE, null, this.unitId, this.cadreId);
	}

	@Test
	void theDemoCadreIsNotStationedAndIsPairedWithHouseholds() {
		assertThat(this.jdbc.queryForObject("select count(*) from team_membership where cadre_id = ?", Integer.class,
				this.cadreId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from pairing where cadre_id = ? and to_date is null",
				Integer.class, this.cadreId)).isBetween(1, 5);
		assertThat(this.mvc.post().uri("/login").with(csrf()).param("username", DemoAccounts.CADRE)
			.param("password", DemoAccounts.PASSWORD)
			.exchange()).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
	}

	@Test
	void theCadreSeesOnlyItsOwnHouseholdsAndPairings() {
		List<String> mine = this.jdbc.queryForList(
				"select head_name from household where cadre_id = ? order by id", String.class, this.cadreId);
		String someoneElses = this.jdbc.queryForObject("""
				select head_name from household where cadre_id <> ? and head_name not in
				(select head_name from household where cadre_id = ?) order by id limit 1""", String.class, this.cadreId,
				this.cadreId);

		assertThat(get("/")).hasStatusOk().bodyText().contains("我的结对户", "帮扶责任人").doesNotContain("href=\"/attendance\"");
		assertThat(get("/pairings/mine")).hasStatusOk().bodyText().contains(mine.get(0), mine.get(mine.size() - 1));
		assertThat(get("/households")).hasStatusOk()
			.bodyText()
			.contains(mine.get(0), "共 " + mine.size() + " 户")
			.doesNotContain(someoneElses);
		assertThat(get("/pairings")).hasStatusOk().bodyText().contains(mine.get(0)).doesNotContain(someoneElses);
		long own = this.jdbc.queryForObject("select min(id) from household where cadre_id = ?", Long.class, this.cadreId);
		assertThat(get("/households/" + own)).hasStatusOk().bodyText().contains(mine.get(0));
	}

	@Test
	void theCadreIsRefusedAnotherCadresHouseholdAndEveryOtherPage() {
		long member = this.jdbc.queryForObject("""
				select min(h.id) from household h join account a on a.cadre_id = h.cadre_id
				where a.username = ?""", Long.class, DemoAccounts.MEMBER);
		long othersPairing = this.jdbc.queryForObject(
				"select min(id) from pairing where household_id = ? and to_date is null", Long.class, member);
		assertThat(get("/households/" + member)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/pairings/" + othersPairing)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/households/" + member + "/contacts/new")).hasStatus(HttpStatus.FORBIDDEN);
		for (String page : List.of("/attendance", "/admin/accounts", "/towns", "/villages", "/units", "/cadres",
				"/teams", "/monitoring", "/leave-requests", "/monthly-reports", "/purchases", "/meetings",
				"/leader-visits", "/households/new", "/households/import", "/monitoring/new?householdId=" + member)) {
			assertThat(get(page)).as(page).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void theCadreLogsAHomeVisitForItsHousehold() {
		long own = this.jdbc.queryForObject("select max(id) from household where cadre_id = ?", Long.class, this.cadreId);
		int before = this.jdbc.queryForObject("select count(*) from contact_log where household_id = ?", Integer.class,
				own);

		assertThat(get("/households/" + own + "/contacts/new")).hasStatusOk();
		MvcTestResult saved = post("/households/" + own + "/contacts", "contactDate", TODAY.toString(), "kind",
				"HOME_VISIT", "food", "true", "clothing", "true", "education", "true", "medical", "true", "housing", "true",
				"water", "true", "satisfaction", "SATISFIED", "helpGiven", "讲解政策");

		assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/pairings/mine");
		assertThat(this.jdbc.queryForMap("""
				select count(*) as n, bool_and(not on_behalf) as own, max(cadre_id) as cadre from contact_log
				where household_id = ? and contact_date = ?""", own, TODAY))
			.containsEntry("own", true)
			.containsEntry("cadre", this.cadreId);
		assertThat(this.jdbc.queryForObject("select count(*) from contact_log where household_id = ?", Integer.class,
				own)).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select last_home_visit_on from household where id = ?",
				java.time.LocalDate.class, own)).isEqualTo(TODAY);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(this.cadre).exchange();
	}

	private MvcTestResult post(String uri, String... params) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(this.cadre).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}
}
