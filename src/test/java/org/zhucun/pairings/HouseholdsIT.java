package org.zhucun.pairings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.identity.Role;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** The household register and pairings through the pages: scope, the limit, handovers and bad input. */
class HouseholdsIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private PairingsFixture f;

	private PairingsFixture other;

	@BeforeEach
	void fixture() {
		this.f = PairingsFixture.create(this.jdbc, TODAY, 8);
		this.other = PairingsFixture.create(this.jdbc, TODAY, 2);
	}

	@Test
	void theDemoDistrictHasHouseholdsInItsPoorVillagesMostlyPairedWithinTheLimit() {
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as households, count(*) filter (where h.cadre_id is not null) as paired,
				       count(distinct h.village_id) as villages
				from household h where h.code like 'JY%'""");
		long households = ((Number) counts.get("households")).longValue();
		assertThat(households).isEqualTo(20L * ((Number) counts.get("villages")).longValue());
		assertThat(((Number) counts.get("paired")).longValue()).isGreaterThan(households / 2);
		assertThat(this.jdbc.queryForObject("""
				select coalesce(max(n), 0) from (select count(*) as n from pairing where to_date is null group by cadre_id) x""",
				Integer.class)).isLessThanOrEqualTo(5);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from pairing p join account a on a.cadre_id = p.cadre_id
				where a.username = 'member' and p.to_date is null""", Integer.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from pairing where end_reason = 'HANDOVER'", Integer.class))
			.as("handovers keep the history").isPositive();
	}

	@Test
	void listsAndPagesStayWithinTheScope() {
		long mine = this.f.households().get(0);
		long theirs = this.other.households().get(0);
		this.f.pair(this.jdbc, this.f.cadres().get(1), mine, TODAY.minusMonths(3));
		this.other.pair(this.jdbc, this.other.cadres().get(1), theirs, TODAY.minusMonths(3));

		assertThat(get("/households?townId=" + this.f.townId(), TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains(this.f.suffix() + "-0", "共 8 户");
		assertThat(get("/households", TestUsers.town(this.f.townId()))).hasStatusOk()
			.bodyText()
			.contains(this.f.suffix() + "-0")
			.doesNotContain(this.other.suffix());
		assertThat(get("/households/" + mine, TestUsers.town(this.f.townId()))).hasStatusOk();
		assertThat(get("/households/" + theirs, TestUsers.town(this.f.townId()))).as("another town's household")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/households/" + theirs, TestUsers.unit(this.f.unitId()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/households/" + mine, member())).hasStatusOk();
		assertThat(get("/households/" + this.f.households().get(1), member())).as("not paired with the member")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/households", member())).hasStatusOk()
			.bodyText()
			.contains(this.f.suffix() + "-0")
			.doesNotContain(this.f.suffix() + "-1");

		long theirPairing = openPairing(theirs);
		assertThat(get("/pairings/" + theirPairing, TestUsers.unit(this.f.unitId()))).as("another unit's pairing")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/pairings/" + theirPairing, TestUsers.unit(this.other.unitId()))).hasStatusOk();
		assertThat(get("/pairings", TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.contains("户主0" + this.f.suffix())
			.doesNotContain("户主0" + this.other.suffix());
		assertThat(post("/pairings/" + theirPairing + "/end", TestUsers.unit(this.f.unitId()), "lastDay",
				TODAY.toString(), "version", "0")).as("another unit ends a pairing").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/pairings", TestUsers.unit(this.f.unitId()), "householdId", String.valueOf(theirs), "cadreId",
				String.valueOf(this.f.cadres().get(2)), "fromDate", TODAY.toString())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/households/" + theirs, TestUsers.town(this.f.townId()), "code", "X", "villageId",
				String.valueOf(this.f.villageId()), "headName", "某", "category", "LIFTED", "version", "0"))
			.as("another town's household changed").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/pairings", TestUsers.town(this.f.townId()), "householdId",
				String.valueOf(this.f.households().get(2)), "cadreId", String.valueOf(this.f.cadres().get(2)), "fromDate",
				TODAY.toString())).as("towns read pairings only").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(openPairing(theirs)).isEqualTo(theirPairing);
	}

	/**
	 * Every role of this town and unit (the team's leader and member and a responsible cadre among the unit's cadres)
	 * is refused another town's household, its contact form, its monitoring case and another unit's pairing; the
	 * office reads them all.
	 */
	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleIsRefusedAnotherTownsHouseholdAndAnotherUnitsPairing(Role role) {
		long theirs = this.other.households().get(0);
		this.other.pair(this.jdbc, this.other.cadres().get(1), theirs, TODAY.minusMonths(3));
		long pairing = openPairing(theirs);
		long monitoring = this.jdbc.queryForObject("""
				insert into monitoring_case (household_id, flagged_on, source, flag_reason, deadline, state, created_at,
				  modified_at)
				values (?, ?, 'SELF_REPORT', '因病', ?, 'FLAGGED', now(), now()) returning id""", Long.class, theirs,
				TODAY, TODAY.plusDays(15));
		Long cadre = switch (role) {
			case TEAM_LEADER -> this.f.cadres().get(0);
			case TEAM_MEMBER -> this.f.cadres().get(1);
			case CADRE -> this.f.cadres().get(2);
			default -> null;
		};
		this.f.pair(this.jdbc, this.f.cadres().get(0), this.f.households().get(0), TODAY.minusMonths(3));
		this.f.pair(this.jdbc, this.f.cadres().get(1), this.f.households().get(1), TODAY.minusMonths(3));
		this.f.pair(this.jdbc, this.f.cadres().get(2), this.f.households().get(2), TODAY.minusMonths(3));
		RequestPostProcessor user = TestUsers.as(role, role == Role.TOWN_OFFICIAL ? this.f.townId() : null,
				role.isOffice() || role == Role.TOWN_OFFICIAL ? null : this.f.unitId(), cadre);
		HttpStatus expected = role.isOffice() ? HttpStatus.OK : HttpStatus.FORBIDDEN;

		assertThat(get("/households/" + theirs, user)).as("another town's household").hasStatus(expected);
		assertThat(get("/pairings/" + pairing, user)).as("another unit's pairing").hasStatus(expected);
		assertThat(get("/monitoring/" + monitoring, user)).as("another town's monitoring case").hasStatus(expected);
		assertThat(get("/households/" + theirs + "/contacts/new", user)).as("logging a contact for it")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("/households?q=户主0" + this.other.suffix(), user)).hasStatusOk()
			.bodyText()
			.satisfies(body -> assertThat(body.contains(this.other.suffix() + "-0")).isEqualTo(role.isOffice()));
		if (cadre != null || role == Role.TOWN_OFFICIAL || role == Role.UNIT_ADMIN) {
			long own = this.f.households().get(cadre == null ? 0 : this.f.cadres().indexOf(cadre));
			assertThat(get("/households/" + own, user)).as("its own household").hasStatusOk();
		}
	}

	@Test
	void aUnitPairsItsCadreAndTheSixthHouseholdIsRefusedNamingTheFive() {
		long cadre = this.f.cadres().get(2);
		for (int i = 0; i < 5; i++) {
			assertThat(pair(this.f.households().get(i), cadre)).hasStatus(HttpStatus.FOUND);
		}
		MvcTestResult sixth = pair(this.f.households().get(5), cadre);

		assertThat(sixth).hasStatusOk()
			.bodyText()
			.contains("干部2" + this.f.suffix() + "已结对 5 户，达到上限", "户主0" + this.f.suffix(),
					"户主4" + this.f.suffix());
		assertThat(this.jdbc.queryForObject("select count(*) from pairing where household_id = ?", Integer.class,
				this.f.households().get(5))).isZero();
		assertThat(this.jdbc.queryForObject("select cadre_id from household where id = ?", Long.class,
				this.f.households().get(4))).isEqualTo(cadre);
		assertThat(post("/pairings", TestUsers.unit(this.f.unitId()), "householdId",
				String.valueOf(this.f.households().get(6)), "cadreId", String.valueOf(this.other.cadres().get(0)),
				"fromDate", TODAY.toString())).as("another unit's cadre").hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aHandoverKeepsTheHistoryAndTheHouseholdPairedSinceTheFirstDay() {
		long household = this.f.households().get(0);
		assertThat(pair(household, this.f.cadres().get(2), TODAY.minusMonths(6))).hasStatus(HttpStatus.FOUND);
		long first = openPairing(household);

		assertThat(post("/pairings/" + first + "/handover", TestUsers.unit(this.f.unitId()), "cadreId",
				String.valueOf(this.f.cadres().get(3)), "fromDate", TODAY.minusDays(10).toString(), "version", "0"))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.queryForMap("select to_date, end_reason from pairing where id = ?", first))
			.containsEntry("to_date", java.sql.Date.valueOf(TODAY.minusDays(11)))
			.containsEntry("end_reason", "HANDOVER");
		assertThat(this.jdbc.queryForMap("select cadre_id, paired_since from household where id = ?", household))
			.containsEntry("cadre_id", this.f.cadres().get(3))
			.containsEntry("paired_since", java.sql.Date.valueOf(TODAY.minusMonths(6)));
		assertThat(get("/households/" + household, TestUsers.unit(this.f.unitId()))).hasStatusOk()
			.bodyText()
			.contains("干部2" + this.f.suffix(), "干部3" + this.f.suffix(), "移交他人");

		assertThat(post("/pairings/" + openPairing(household) + "/end", TestUsers.unit(this.f.unitId()), "lastDay",
				TODAY.toString(), "version", "0")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForMap("select cadre_id, paired_since from household where id = ?", household))
			.containsEntry("cadre_id", null)
			.containsEntry("paired_since", null);
	}

	@Test
	void aTownRegistersAHouseholdWithMembersAndIncome() {
		String code = "N" + this.f.suffix();
		MvcTestResult created = post("/households", TestUsers.town(this.f.townId()), "code", code, "villageId",
				String.valueOf(this.f.villageId()), "headName", "新户主", "headPhone", "13800001111", "category",
				"MONITORED", "monitoredKind", "MARGINAL", "risks", "ILLNESS", "risks", "HOUSING", "incomeYear",
				String.valueOf(TODAY.getYear() - 1), "income", "6500.50", "members[0].name", "新户主", "members[0].relation",
				"HEAD", "members[0].birthYear", "1970", "members[1].name", "配偶", "members[1].relation", "SPOUSE");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from household where code = ?", Long.class, code);
		assertThat(this.jdbc.queryForMap("select member_count, latest_income, category, monitored_kind, risk_tags::text"
				+ " as risks from household where id = ?", id))
			.containsEntry("member_count", 2)
			.containsEntry("latest_income", new java.math.BigDecimal("6500.50"))
			.containsEntry("monitored_kind", "MARGINAL")
			.containsEntry("risks", "{ILLNESS,HOUSING}");
		assertThat(get("/households/" + id, TestUsers.town(this.f.townId()))).hasStatusOk()
			.bodyText()
			.contains("边缘易致贫户", "¥6,500.50", "配偶");
	}

	@Test
	void badInputGetsFieldMessagesAndNothingIsSaved() {
		long before = count();
		String code = "B" + this.f.suffix();
		assertThat(post("/households", TestUsers.officeAdmin(), "code", code, "villageId", "999999999", "headName", "某",
				"category", "LIFTED")).as("unknown village").hasStatusOk().bodyText().contains("请选择一个存在的行政村");
		assertThat(post("/households", TestUsers.officeAdmin(), "code", code, "villageId",
				String.valueOf(this.f.villageId()), "headName", "某", "category", "LIFTED", "incomeYear", "2025", "income",
				"-1")).as("negative income").hasStatusOk().bodyText().contains("不能为负数");
		assertThat(post("/households", TestUsers.officeAdmin(), "code", code, "villageId",
				String.valueOf(this.f.villageId()), "headName", "某", "category", "MONITORED", "monitoredKind",
				"UNSTABLE")).as("unstable without a past").hasStatusOk().bodyText().contains("该户的类型历史不允许");
		assertThat(count()).isEqualTo(before);

		long lifted = this.f.households().get(7);
		assertThat(post("/households/" + lifted, TestUsers.town(this.f.townId()), "code", this.f.suffix() + "-7",
				"villageId", String.valueOf(this.f.villageId()), "headName", "户主7" + this.f.suffix(), "category", "POOR",
				"version", "0")).as("a lifted household made poor again").hasStatusOk().bodyText().contains("该户的类型历史不允许");
		assertThat(this.jdbc.queryForObject("select category from household where id = ?", String.class, lifted))
			.isEqualTo("LIFTED");
		assertThat(this.jdbc.queryForObject("select count(*) from household_category_change where household_id = ?",
				Integer.class, lifted)).isEqualTo(2);

		assertThat(pair(this.f.households().get(0), this.f.cadres().get(2), TODAY.plusDays(1))).hasStatusOk()
			.bodyText()
			.contains("起始日期不能晚于今天");
		assertThat(this.jdbc.queryForObject("select count(*) from pairing where household_id = ?", Integer.class,
				this.f.households().get(0))).isZero();
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from household", Long.class);
	}

	private long openPairing(long household) {
		return this.jdbc.queryForObject("select id from pairing where household_id = ? and to_date is null", Long.class,
				household);
	}

	private MvcTestResult pair(long household, long cadre) {
		return pair(household, cadre, TODAY.minusMonths(2));
	}

	private MvcTestResult pair(long household, long cadre, java.time.LocalDate from) {
		return post("/pairings", TestUsers.unit(this.f.unitId()), "householdId", String.valueOf(household), "cadreId",
				String.valueOf(cadre), "fromDate", from.toString());
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
