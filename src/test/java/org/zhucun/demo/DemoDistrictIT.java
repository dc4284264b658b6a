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
		assertThat(count("select count(*) from holiday where created_by = 'demo' and extract(year from day) = 2025"))
			.isEqualTo(28);
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
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "office", "town", "unit", "leader", "member" })
	void everyDemoAccountSignsInWithTheDemoPasswordAndNeedNotChangeIt(String username) {
		assertThat(account(username)).containsEntry("must_change_password", false);
		assertThat(this.mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/");
	}

	@Test
	void loaderLeavesADatabaseWithTownsAlone() {
		long cadres = count("select count(*) from cadre");
		assertThat(this.loader.load()).isEmpty();
		assertThat(count("select count(*) from cadre")).isEqualTo(cadres);
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

	private Map<String, Object> account(String username) {
		return this.jdbc.queryForMap("select * from account where username = ?", username);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}
}
