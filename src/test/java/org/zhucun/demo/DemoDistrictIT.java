package org.zhucun.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/** The demo district as the shared test context loaded it (profile {@code demo}), and its demo accounts. */
class DemoDistrictIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DemoDistrictLoader loader;

	@Test
	void townsVillagesUnitsLeadersAndCadresAreInTheDatabase() {
		assertThat(this.jdbc.queryForList("select name from town where created_by = 'demo' order by sort_order",
				String.class))
			.containsExactly("克井镇", "五龙口镇", "轵城镇", "承留镇", "邵原镇", "坡头镇", "梨林镇", "大峪镇", "思礼镇", "王屋镇",
					"下冶镇");
		assertThat(categoryCounts()).containsExactlyInAnyOrderEntriesOf(
				Map.of("REGISTERED_POOR", 40L, "NON_POOR_WITH_TASKS", 20L, "OTHER", 20L));
		assertThat(count("select count(*) from aid_unit where created_by = 'demo'")).isEqualTo(45);
		assertThat(count("select count(*) from cadre where created_by = 'demo'")).isEqualTo(400);
	}

	@Test
	void everyUnitHasThreeToSixLeadersWithOnePrincipal() {
		assertThat(count("""
				select count(*) from aid_unit u
				where u.created_by = 'demo' and (
				  (select count(*) from unit_leader l where l.unit_id = u.id and l.active) not between 3 and 6
				  or (select count(*) from unit_leader l where l.unit_id = u.id and l.active and l.principal) <> 1)
				""")).isZero();
	}

	@Test
	void everyVillageWithTasksHasAnAidUnit() {
		assertThat(count("""
				select count(*) from village v
				where v.created_by = 'demo' and v.category in ('REGISTERED_POOR', 'NON_POOR_WITH_TASKS')
				  and not exists (select 1 from aid_unit_village uv where uv.village_id = v.id)
				""")).isZero();
	}

	@Test
	void holidaysOfBothYears() {
		assertThat(this.jdbc.queryForObject("select name from holiday where day = ?", String.class,
				LocalDate.of(2026, 2, 15)))
			.isEqualTo("春节");
		assertThat(count("select count(*) from holiday where created_by = 'demo' and kind = 'HOLIDAY'"
				+ " and extract(year from day) = 2025")).isEqualTo(28);
		// the make-up working days (调休上班) of both years, Saturdays and Sundays
		assertThat(this.jdbc.queryForList("select day from holiday where kind = 'WORKDAY' order by day", LocalDate.class))
			.containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
					LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11), LocalDate.of(2026, 1, 4),
					LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9),
					LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
	}

	@Test
	void demoAccountsAreBoundToKejingAndAUnitOfOneOfItsPoorVillages() {
		Map<String, Object> town = account(DemoAccounts.TOWN);
		assertThat(town).containsEntry("role", "TOWN_OFFICIAL").containsEntry("display_name", "克井镇 李明");
		assertThat(this.jdbc.queryForObject("select name from town where id = ?", String.class, town.get("town_id")))
			.isEqualTo("克井镇");
		Object unitId = account(DemoAccounts.UNIT).get("unit_id");
		assertThat(count("""
				select count(*) from aid_unit_village uv join village v on v.id = uv.village_id
				join town t on t.id = v.town_id
				where uv.unit_id = ? and t.name = '克井镇' and v.category = 'REGISTERED_POOR'
				""", unitId)).isPositive();
		for (String teamRole : List.of(DemoAccounts.LEADER, DemoAccounts.MEMBER)) {
			Map<String, Object> team = account(teamRole);
			assertThat(team.get("unit_id")).isEqualTo(unitId);
			assertThat(this.jdbc.queryForObject("select unit_id from cadre where id = ?", Long.class, team.get("cadre_id")))
				.isEqualTo(unitId);
			assertThat(team.get("display_name")).isEqualTo(
					this.jdbc.queryForObject("select name from cadre where id = ?", String.class, team.get("cadre_id")));
		}
		assertThat(account(DemoAccounts.LEADER).get("cadre_id")).isNotEqualTo(account(DemoAccounts.MEMBER).get("cadre_id"));
		assertThat(account(DemoAccounts.ADMIN)).containsEntry("role", "OFFICE_ADMIN");
		assertThat(account(DemoAccounts.OFFICE)).containsEntry("role", "OFFICE_STAFF");
		assertThat(account(DemoAccounts.LEADER)).containsEntry("role", "TEAM_LEADER");
		assertThat(account(DemoAccounts.MEMBER)).containsEntry("role", "TEAM_MEMBER");
		Map<String, Object> cadre = account(DemoAccounts.CADRE);
		assertThat(cadre).containsEntry("role", "CADRE").containsEntry("display_name",
				this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre.get("cadre_id")));
		assertThat(cadre.get("unit_id")).isEqualTo(
				this.jdbc.queryForObject("select unit_id from cadre where id = ?", Long.class, cadre.get("cadre_id")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "office", "town", "unit", "leader", "member", "cadre" })
	void everyDemoAccountSignsInWithTheDemoPasswordAndNeedNotChangeIt(String username) {
		assertThat(account(username)).containsEntry("must_change_password", false);
		assertThat(this.mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(DemoAccounts.MEMBER.equals(username) ? "/attendance" : "/");
	}

	@Test
	void workTeamsAndTheirMembershipsAreInTheDatabase() {
		DemoDistrict district = DemoDistrictGenerator.generate(TODAY);
		assertThat(count("select count(*) from work_team where created_by = 'demo'")).isEqualTo(51);
		assertThat(count("select count(*) from work_team where created_by = 'demo' and status = 'ACTIVE'")).isEqualTo(49);
		assertThat(count("select count(*) from team_membership where created_by = 'demo'"))
			.isEqualTo(district.memberships().size());
		assertThat(count("select count(*) from team_membership where created_by = 'demo' and left_on is null"))
			.isEqualTo(district.memberships().stream().filter(DemoDistrict.Membership::active).count());
		// The district's own recall, and the transfer that the oversight demo turns into its recall with a replacement
		assertThat(reasonCounts()).containsEntry("ROTATION", 4L).containsEntry("RECALL", 2L).doesNotContainKey("TRANSFER");
		assertThat(count("""
				select count(*) from work_team t join village v on v.id = t.village_id
				where t.created_by = 'demo' and t.one_per_village <> (v.category = 'REGISTERED_POOR')
				""")).isZero();
		assertThat(count("""
				select count(*) from work_team t
				where t.created_by = 'demo' and not exists
				  (select 1 from aid_unit_village uv where uv.unit_id = t.unit_id and uv.village_id = t.village_id)
				""")).as("teams dispatched by a unit linked to the village").isZero();
	}

	@Test
	void everyActiveDemoTeamHasOneLeaderAndMembersOfItsUnitWithinItsTerm() {
		assertThat(count("""
				select count(*) from work_team t
				where t.created_by = 'demo' and t.status = 'ACTIVE' and (select count(*) from team_membership m
				  where m.team_id = t.id and m.left_on is null and m.role in ('FIRST_SECRETARY', 'TEAM_LEADER')) <> 1
				""")).isZero();
		assertThat(count("""
				select count(*) from team_membership m
				join work_team t on t.id = m.team_id join cadre c on c.id = m.cadre_id
				where m.created_by = 'demo' and (c.unit_id <> t.unit_id or m.joined_on < t.term_start
				  or coalesce(m.left_on, m.joined_on) > coalesce(t.ended_on, t.term_end))
				""")).isZero();
		assertThat(count("""
				select count(*) from (select cadre_id from team_membership where left_on is null
				  group by cadre_id having count(*) > 1) twice
				""")).isZero();
	}

	@Test
	void oneRegisteredPoorVillageOfTheDemoIsLeftWithoutAnActiveTeam() {
		DemoDistrict district = DemoDistrictGenerator.generate(TODAY);
		String expired = district.villages().get(district.teams().get(district.stories().expired()).village()).name();
		assertThat(this.jdbc.queryForList("""
				select v.name from village v
				where v.created_by = 'demo' and v.category = 'REGISTERED_POOR' and not exists
				  (select 1 from work_team t where t.village_id = v.id and t.status = 'ACTIVE' and t.created_by = 'demo')
				""", String.class)).containsExactly(expired);
	}

	@Test
	void leaderLeadsTheTeamInWhichMemberServesInAVillageOfTheTownDispatchedByTheUnit() {
		Map<String, Object> team = this.jdbc.queryForMap("""
				select t.id, t.unit_id, v.town_id, v.category from team_membership m
				join work_team t on t.id = m.team_id join village v on v.id = t.village_id
				where m.cadre_id = ? and m.left_on is null and m.role = 'FIRST_SECRETARY' and t.status = 'ACTIVE'
				""", account(DemoAccounts.LEADER).get("cadre_id"));
		assertThat(team).containsEntry("unit_id", account(DemoAccounts.UNIT).get("unit_id"))
			.containsEntry("town_id", account(DemoAccounts.TOWN).get("town_id"))
			.containsEntry("category", "REGISTERED_POOR");
		assertThat(this.jdbc.queryForObject("""
				select team_id from team_membership where cadre_id = ? and left_on is null and role = 'MEMBER'
				""", Long.class, account(DemoAccounts.MEMBER).get("cadre_id"))).isEqualTo(team.get("id"));
	}

	@Test
	void loaderLeavesADatabaseWithTownsAlone() {
		long cadres = count("select count(*) from cadre");
		assertThat(this.loader.load()).isEmpty();
		assertThat(count("select count(*) from cadre")).isEqualTo(cadres);
	}

	@Test
	void leaveRequestsAndTheirDecisionsAreInTheDatabase() {
		assertThat(count("select count(*) from leave_request where created_by = 'demo'")).isBetween(55L, 65L);
		assertThat(this.jdbc.queryForList("select distinct state from leave_request where created_by = 'demo'",
				String.class))
			.containsExactlyInAnyOrder("PENDING", "APPROVED", "RETURNED", "REJECTED", "CANCELLED");
		assertThat(count("""
				select count(*) from leave_decision d join leave_request r on r.id = d.request_id
				where r.created_by = 'demo' and r.state = 'APPROVED'
				""")).isEqualTo(count("""
				select coalesce(sum(array_length(string_to_array(chain, ','), 1)), 0) from leave_request
				where created_by = 'demo' and state = 'APPROVED'
				"""));
		assertThat(count("""
				select count(*) from leave_decision d join leave_request r on r.id = d.request_id
				where r.created_by = 'demo' and not d.approved
				""")).isEqualTo(count("select count(*) from leave_request where created_by = 'demo' and state = 'REJECTED'"));
		assertThat(count("""
				select count(*) from leave_decision d join leave_request r on r.id = d.request_id
				where r.created_by = 'demo' and d.step = 'OFFICE' and d.decided_by <> ?
				""", account(DemoAccounts.OFFICE).get("id"))).isZero();
	}

	@Test
	void theLeaderAndTheTownHaveRequestsWaitingAndTheMemberOneApproved() {
		assertThat(count("""
				select count(*) from leave_request r
				join team_membership m on m.team_id = r.team_id and m.left_on is null
				  and m.role in ('FIRST_SECRETARY', 'TEAM_LEADER')
				where r.created_by = 'demo' and r.state = 'PENDING'
				  and split_part(r.chain, ',', r.step_index + 1) = 'TEAM_LEADER' and m.cadre_id = ?
				""", account(DemoAccounts.LEADER).get("cadre_id"))).isPositive();
		assertThat(count("""
				select count(*) from leave_request r join work_team t on t.id = r.team_id
				join village v on v.id = t.village_id
				where r.created_by = 'demo' and r.state = 'PENDING'
				  and split_part(r.chain, ',', r.step_index + 1) = 'TOWN' and v.town_id = ?
				""", account(DemoAccounts.TOWN).get("town_id"))).isPositive();
		assertThat(count("""
				select count(*) from leave_request
				where created_by = 'demo' and state = 'APPROVED' and cadre_id = ? and last_day < date '2026-11-28'
				""", account(DemoAccounts.MEMBER).get("cadre_id"))).isEqualTo(1);
	}

	@Test
	void leaveDayRecordsAreTheDaysOfApprovedAndReturnedRequests() {
		assertThat(count("""
				select count(*) from day_record d join leave_request r on r.id = d.leave_request_id
				where r.created_by = 'demo' and d.status = 'LEAVE' and d.source = 'LEAVE' and not d.overnight
				  and d.cadre_id = r.cadre_id and d.team_id = r.team_id and d.day >= r.first_day
				  and d.day < coalesce(r.actual_return, r.last_day + 1)
				""")).isEqualTo(count("""
				select coalesce(sum(coalesce(actual_return, last_day + 1) - first_day), 0) from leave_request
				where created_by = 'demo' and state in ('APPROVED', 'RETURNED')
				"""));
		assertThat(count("""
				select count(*) from day_record d join leave_request r on r.id = d.leave_request_id
				where r.created_by = 'demo' and r.state not in ('APPROVED', 'RETURNED')
				""")).isZero();
	}

	@Test
	void oneCadreIsOverTheYearlyLimitOf2026() {
		assertThat(this.jdbc.queryForList("""
				select sum(coalesce(actual_return, last_day + 1) - first_day) from leave_request
				where created_by = 'demo' and state in ('APPROVED', 'RETURNED') and extract(year from first_day) = 2026
				group by cadre_id having sum(coalesce(actual_return, last_day + 1) - first_day) > 30
				""", Long.class)).containsExactly(33L);
	}

	@Test
	void threeMonthsOfAttendanceUpToYesterdayButNoneOnHolidaysOrTodayAndNoHolidayRows() {
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and source in ('SELF', 'LEADER')"))
			.isGreaterThan(12_000);
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and status = 'HOLIDAY'")).isZero();
		assertThat(count("select count(*) from day_record d join holiday h on h.day = d.day where d.created_by like 'demo%'"
				+ " and d.source <> 'LEAVE' and h.kind = 'HOLIDAY'")).isZero();
		// cadres work the make-up working days (Saturday 2026-10-10) as a weekday: most in the village
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and day = date '2026-10-10'"
				+ " and status = 'IN_VILLAGE'")).isGreaterThan(4 * count("select count(*) from day_record where"
				+ " created_by like 'demo%' and day = date '2026-10-10' and status = 'REST'"));
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and source <> 'LEAVE'"
				+ " and (day < date '2026-09-01' or day >= date '2026-11-28')")).isZero();
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and source = 'LEADER'"
				+ " and (note is null or note = '')")).isZero();
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and status = 'ABSENT'"))
			.isPositive();
		assertThat(count("select count(*) from day_record where created_by like 'demo%' and needs_review")).isPositive();
	}

	@Test
	void theLeaderSeesTheMembersGapOfWednesdayAndConfirmedEarlierWeeks() {
		Map<String, Object> leader = account(DemoAccounts.LEADER);
		Map<String, Object> member = account(DemoAccounts.MEMBER);
		assertThat(this.mvc.get()
			.uri("/attendance/week?week=2026-W48")
			.with(TestUsers.leader((Long) leader.get("unit_id"), (Long) leader.get("cadre_id")))
			.exchange()).hasStatusOk()
			.bodyText()
			.contains(cell(member, "2026-11-25") + " data-status=\"NONE\" data-gap=\"true\"")
			.contains(cell(member, "2026-11-24") + " data-status=\"IN_VILLAGE\"");
		assertThat(this.jdbc.queryForList("""
				select w.confirmed_by_username from week_confirmation w
				join team_membership m on m.team_id = w.team_id and m.cadre_id = ? and m.left_on is null
				where w.iso_year = 2026 and w.iso_week between 37 and 47 and w.confirmed_by = ?
				""", String.class, leader.get("cadre_id"), leader.get("id"))).isNotEmpty()
			.allMatch(DemoAccounts.LEADER::equals);
	}

	@Test
	void spotChecksOfTheOfficeAndTheTownWithFiveDiscrepancies() {
		// The demo's checks are the ones made before the demo's day; tests make theirs now.
		String demo = "s.created_at < timestamptz '2026-11-28 00:00:00+08'";
		assertThat(count("select count(*) from spot_check s where " + demo)).isBetween(30L, 60L);
		assertThat(count("select count(*) from spot_check s join account a on a.id = s.checked_by"
				+ " and a.username = s.checked_by_username where a.username in ('office', 'town') and " + demo))
			.isEqualTo(count("select count(*) from spot_check s where " + demo));
		assertThat(count("select count(*) from spot_check s join day_record d on d.cadre_id = s.cadre_id"
				+ " and d.day = s.day where not s.found_present and d.status = 'IN_VILLAGE' and " + demo)).isEqualTo(5);
		assertThat(count("select count(*) from spot_check s join account a on a.username = 'town'"
				+ " where s.checked_by_username = 'town' and s.town_id <> a.town_id and " + demo)).isZero();
	}

	private static String cell(Map<String, Object> account, String day) {
		return "data-cadre=\"" + account.get("cadre_id") + "\" data-day=\"" + day + "\"";
	}

	private Map<String, Long> categoryCounts() {
		return this.jdbc.query("select category, count(*) from village where created_by = 'demo' group by category",
				rs -> {
					Map<String, Long> counts = new HashMap<>();
					while (rs.next()) {
						counts.put(rs.getString(1), rs.getLong(2));
					}
					return counts;
				});
	}

	private Map<String, Long> reasonCounts() {
		return this.jdbc.query("""
				select leave_reason, count(*) from team_membership where created_by = 'demo' and leave_reason is not null
				group by leave_reason
				""", rs -> {
			Map<String, Long> counts = new HashMap<>();
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
			return counts;
		});
	}

	private Map<String, Object> account(String username) {
		return this.jdbc.queryForMap("select * from account where username = ?", username);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}
}
