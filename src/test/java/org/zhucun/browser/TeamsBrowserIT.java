package org.zhucun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate termStart = today.minusDays(30);
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
			added[n] = freeCadreOption();
			this.page.locator("select[name=cadreId]").selectOption(String.valueOf(added[n]));
			this.page.locator("select[name=role]").selectOption(roles[n]);
			this.page.locator("[name=joinedOn]").fill(termStart.toString());
			this.page.locator("form:has([name=cadreId]) [name=note]").fill("第" + (n + 1) + "名队员");
			submit(formWith("cadreId"));
			assertThat(this.page).hasURL(teamPage(teamId));
			assertThat(endLinks).hasCount(n + 1);
		}
		for (long cadre : added) {
			assertThat(memberRow(cadre)).isVisible();
		}

		memberRow(added[1]).locator("a[href$='/end']").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/teams/" + teamId + "/members/\\d+/end$"));
		this.page.locator("[name=leftOn]").fill(today.minusDays(1).toString());
		this.page.locator("select[name=reason]").selectOption("TRANSFER");
		this.page.locator("form:has([name=leftOn]) [name=note]").fill("调回派出单位");
		submit(formWith("leftOn"));

		assertThat(this.page).hasURL(teamPage(teamId));
		assertThat(endLinks).hasCount(2);
		assertThat(memberRow(added[1]).locator("a[href$='/end']")).hasCount(0);
		assertThat(this.page.locator("#team-problems li[data-problem='BELOW_MINIMUM']")).isVisible();
	}

	/**
	 * @return a village of the demo town that is not registered poor and has no active team, with a unit linked to it
	 * that has at least three cadres in no active team: its id, name and that unit's id (the first such, by village)
	 */
	private Map<String, Object> villageWithoutTeamInTheDemoTown() {
		List<Map<String, Object>> villages = this.jdbc.queryForList("""
				select v.id, v.name, uv.unit_id from village v
				join town t on t.id = v.town_id
				join aid_unit_village uv on uv.village_id = v.id
				where t.name = ? and v.category in ('NON_POOR_WITH_TASKS', 'OTHER')
				  and not exists (select 1 from work_team w where w.village_id = v.id and w.status = 'ACTIVE')
				  and (select count(*) from cadre c where c.unit_id = uv.unit_id and c.active and not exists
				    (select 1 from team_membership m where m.cadre_id = c.id and m.left_on is null)) >= 3
				order by v.id, uv.unit_id
				""", DemoAccounts.TOWN_OF_DEMO);
		assertThat(villages).as("a village of %s left for a new team by the demo district", DemoAccounts.TOWN_OF_DEMO)
			.isNotEmpty();
		return villages.get(0);
	}

	/** @return the id of the first cadre offered for the team who is not disabled and in no active team */
	private long freeCadreOption() {
		Locator options = this.page.locator("select[name=cadreId] option:not([disabled])");
		assertThat(options.first()).isAttached();
		Set<Long> active = new HashSet<>(
				this.jdbc.queryForList("select cadre_id from team_membership where left_on is null", Long.class));
		for (int i = 0; i < options.count(); i++) {
			String value = options.nth(i).getAttribute("value");
			if (value != null && value.matches("\\d+") && !active.contains(Long.valueOf(value))) {
				return Long.parseLong(value);
			}
		}
		throw new AssertionError("No cadre in no active team is offered for the team");
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
