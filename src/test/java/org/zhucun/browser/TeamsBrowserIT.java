package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.demo.DemoAccounts;

/**
 * A town official creates a work team, adds three members, ends one membership with a reason, and sees the team
 * flagged below the minimum (issue 3).
 */
class TeamsBrowserIT extends BrowserTest {

	private static final Pattern TEAM_URL = Pattern.compile(".*/teams/(\\d+)([?#].*)?$");

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void townOfficialCreatesATeamAddsThreeMembersEndsOneAndSeesItBelowTheMinimum() {
		LocalDate termStart = TODAY.minusDays(30);
		Map<String, Object> village = villageWithoutTeamInTheDemoTown();
		login(this.page, DemoAccounts.TOWN);

		this.page.navigate("/teams/new");
		Locator villageOption = this.page.locator("select[name=villageId] option[value='" + village.get("id") + "']");
		assertThat(villageOption).containsText((String) village.get("name"));
		this.page.locator("select[name=villageId]").selectOption(String.valueOf(village.get("id")));
		this.page.locator("select[name=unitId]").selectOption(String.valueOf(village.get("unit_id")));
		this.page.locator("[name=termStart]").fill(termStart.toString());
		this.page.locator("[name=termEnd]").fill(termStart.plusYears(2).toString());
		this.page.locator("[name=note]").fill("浏览器测试 " + System.nanoTime());
		submit(formWith("termStart"));
		assertThat(this.page).hasURL(TEAM_URL);
		long teamId = teamIdOf(this.page.url());

		Locator endLinks = this.page.locator("#members a[href^='/teams/" + teamId + "/members/'][href$='/end']");
		String[] roles = { "TEAM_LEADER", "MEMBER", "MEMBER" };
		long[] added = new long[roles.length];
		for (int n = 0; n < roles.length; n++) {
			Locator addMember = this.page.locator("#add-member");
			added[n] = pickFreeCadre(n == 0);
			addMember.locator("select[name=role]").selectOption(roles[n]);
			addMember.locator("[name=joinedOn]").fill(termStart.toString());
			addMember.locator("[name=note]").fill("第" + (n + 1) + "名队员");
			// The picker's search button sits inside the form but belongs to the search form (its form attribute).
			addMember.locator("button[type=submit]:not([form])").click();
			assertThat(this.page).hasURL(teamPage(teamId));
			assertThat(endLinks).hasCount(n + 1);
		}
		for (long cadre : added) {
			assertThat(memberRow(cadre)).isVisible();
		}

		memberRow(added[1]).locator("a[href$='/end']").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/teams/" + teamId + "/members/\\d+/end$"));
		this.page.locator("[name=leftOn]").fill(TODAY.minusDays(1).toString());
		this.page.locator("select[name=reason]").selectOption("TRANSFER");
		this.page.locator("form:has([name=leftOn]) [name=note]").fill("调回派出单位");
		submit(formWith("leftOn"));

		assertThat(this.page).hasURL(teamPage(teamId));
		assertThat(endLinks).hasCount(2);
		assertThat(memberRow(added[1]).locator("a[href$='/end']")).hasCount(0);
		assertThat(this.page.locator("#team-problems li[data-problem='BELOW_MINIMUM']")).isVisible();
	}

	/**
	 * Adds a registered poor village without a team to the demo town (every demo poor village there has one), linked
	 * to a unit of that town with at least three cadres in no active team.
	 * @return the village's id and name, and that unit's id
	 */
	private Map<String, Object> villageWithoutTeamInTheDemoTown() {
		List<Map<String, Object>> units = this.jdbc.queryForList("""
				select distinct uv.unit_id, v.town_id from aid_unit_village uv
				join village v on v.id = uv.village_id
				join town t on t.id = v.town_id
				where t.name = ?
				  and (select count(*) from cadre c where c.unit_id = uv.unit_id and c.active and not exists
				    (select 1 from team_membership m where m.cadre_id = c.id and m.left_on is null)) >= 3
				order by uv.unit_id
				""", DemoAccounts.TOWN_OF_DEMO);
		assertThat(units).as("a unit of %s with three cadres free for a new team", DemoAccounts.TOWN_OF_DEMO)
			.isNotEmpty();
		Object unitId = units.get(0).get("unit_id");
		String name = "浏览器测试村" + System.nanoTime() % 1_000_000;
		Long villageId = this.jdbc.queryForObject("""
				insert into village (town_id, name, category, radius_m, created_at, created_by, modified_at, modified_by)
				values (?, ?, 'REGISTERED_POOR', 1500, now(), 'test', now(), 'test') returning id
				""", Long.class, units.get(0).get("town_id"), name);
		this.jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", unitId, villageId);
		return Map.of("id", villageId, "name", name, "unit_id", unitId);
	}

	/**
	 * Picks a free cadre of the village's unit in the searchable picker: the first time by typing part of their name,
	 * which filters the list without reloading the page (picker.js asks the server).
	 * @return the picked cadre's id
	 */
	private long pickFreeCadre(boolean bySearch) {
		Locator choices = this.page.locator("#cadre-choices input[name=cadreId]");
		assertThat(choices.first()).isAttached();
		long cadre = Long.parseLong(choices.first().getAttribute("value"));
		if (bySearch) {
			String name = this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
			String url = this.page.url();
			this.page.locator("#cadre-q").fill(name);
			Locator items = this.page.locator("#cadre-choices [data-picker-item]");
			assertThat(items.filter(new Locator.FilterOptions().setHasNotText(name))).hasCount(0);
			assertThat(items.filter(new Locator.FilterOptions().setHasText(name)).first()).isVisible();
			assertThat(this.page).hasURL(url);
		}
		this.page.locator("#cadre-choices input[name=cadreId][value='" + cadre + "']").check();
		return cadre;
	}

	/** @return the row of the members table that shows the cadre and can end their membership */
	private Locator memberRow(long cadre) {
		String name = this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
		return this.page.locator("#members tbody tr").filter(new Locator.FilterOptions().setHasText(name));
	}

	private Locator formWith(String field) {
		Locator fieldLocator = this.page.locator("[name=" + field + "]");
		return this.page.locator("form").filter(new Locator.FilterOptions().setHas(fieldLocator));
	}

	private static void submit(Locator form) {
		form.locator("[type=submit]").first().click();
	}

	private static Pattern teamPage(long teamId) {
		return Pattern.compile(".*/teams/" + teamId + "([?#].*)?$");
	}

	private static long teamIdOf(String url) {
		Matcher matcher = TEAM_URL.matcher(url);
		assertThat(matcher.matches()).as("team page address %s", url).isTrue();
		return Long.parseLong(matcher.group(1));
	}
}
