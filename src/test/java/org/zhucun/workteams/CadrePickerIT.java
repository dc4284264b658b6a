package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.TestUsers;

/**
 * The add-member picker of the team page (issue 11): it offers the free cadres of the units linked to the team's village
 * (DOMAIN §2, §3), searched on the server by name, unit or phone as the reader sees it, one page at a time, within the
 * reader's scope; and the team page links only to the cadres the reader may open.
 */
class CadrePickerIT extends TeamsIT {

	@Test
	void offersTheFreeCadresOfTheVillagesUnitsAndSearchesThemOnTheServer() throws Exception {
		Place place = place();
		long team = dispatch(place);
		String otherUnitName = unique("联系单位");
		long otherLinked = unit(otherUnitName);
		linkUnit(otherLinked, place.villageId());
		long unlinked = unit(unique("无关单位"));
		long own = cadre(place.unitId(), unique("本单位干部"), "13900000001");
		long other = cadre(otherLinked, unique("联系单位干部"), "13900000002");
		long stranger = cadre(unlinked, unique("无关干部"), "13900000003");
		long busy = cadre(place.unitId(), unique("在岗干部"), "13900000004");
		addMember(staffedTeam(place(), 1), busy, TeamRole.MEMBER, TERM_START);
		// A cadre who served in the town before: one of the town's cadres, her phone in full for the town.
		long former = cadre(otherLinked, unique("曾驻干部"), "13900000005");
		long earlier = dispatch(village(place.townId(), unique("村"), org.zhucun.organization.VillageCategory.NON_POOR_WITH_TASKS),
				place.unitId(), TERM_START, TERM_END);
		addMember(earlier, cadre(place.unitId(), unique("曾驻队长"), "13900000006"), TeamRole.TEAM_LEADER, TERM_START);
		addMember(earlier, former, TeamRole.MEMBER, TERM_START);
		asAdmin(() -> {
			long membership = membershipOf(earlier, former);
			this.teams.endMembership(earlier, membership, new MembershipEnd(TERM_START.plusDays(10),
					LeaveReason.ROTATION, null, versionOfMembership(membership)));
			return null;
		});
		RequestPostProcessor town = TestUsers.town(place.townId());

		String page = page(team, town, null);
		assertThat(page).contains("id=\"cadre-picker\"", name(own), name(other), name(former))
			.doesNotContain(name(stranger))
			.doesNotContain(name(busy));
		// The dispatching unit's cadres first.
		assertThat(page.indexOf(name(own))).isLessThan(page.indexOf(name(other)));
		// Candidates who are not (yet) the town's cadres are masked for the town; a former one of the town is not.
		assertThat(page).contains("139****0001", "139****0002", "13900000005").doesNotContain("13900000001");

		// By unit, by name, by the phone as shown; a hidden number cannot be found by typing it.
		assertThat(page(team, town, otherUnitName)).contains(name(other), name(former)).doesNotContain(name(own));
		assertThat(page(team, town, name(own).substring(2))).contains(name(own)).doesNotContain(name(other));
		assertThat(page(team, town, "0001")).contains(name(own)).doesNotContain(name(other));
		assertThat(page(team, town, "13900000001")).doesNotContain(name(own)).contains("id=\"cadre-none\"");
		assertThat(page(team, TestUsers.officeAdmin(), "13900000001")).contains(name(own), "13900000001");
		assertThat(page(team, town, "%")).contains("id=\"cadre-none\"");

		// Paging: 20 a page, with links that keep the search.
		String prefix = unique("批量");
		for (int i = 0; i < 21; i++) {
			cadre(otherLinked, prefix + "-" + (100 + i), "1380000" + (1000 + i));
		}
		String first = page(team, town, prefix);
		assertThat(first).contains(prefix + "-100", prefix + "-119", "共 21 条，第 1 / 2 页")
			.doesNotContain(prefix + "-120");
		assertThat(this.mvc.get().uri("/teams/{id}?q={q}&page=1", team, prefix).with(town)).hasStatusOk()
			.bodyText()
			.contains(prefix + "-120")
			.doesNotContain(prefix + "-100");

		// Outside the scope: another town is refused; a unit's liaison reads the team without the picker.
		assertThat(this.mvc.get().uri("/teams/{id}?q={q}", team, prefix).with(TestUsers.town(place().townId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(page(team, TestUsers.unit(place.unitId()), prefix)).doesNotContain("cadre-picker", prefix);

		// The chosen cadre is added from the picker's list.
		assertThat(this.mvc.post()
			.uri("/teams/{id}/members", team)
			.with(town)
			.with(csrf())
			.param("cadreId", String.valueOf(other))
			.param("role", "FIRST_SECRETARY")
			.param("joinedOn", TODAY.toString())).hasStatus(HttpStatus.FOUND);
		assertThat(page(team, town, null)).contains("/cadres/" + other + "/teams")
			.doesNotContain("name=\"cadreId\" value=\"" + other + "\"");
	}

	@Test
	void theTeamPageLinksOnlyToTheCadresTheReaderMayOpen() throws Exception {
		Place place = place();
		long team = dispatch(place);
		long otherLinked = unit(unique("联系单位"));
		linkUnit(otherLinked, place.villageId());
		long own = cadre(place.unitId(), unique("本单位干部"), "13900000011");
		long other = cadre(otherLinked, unique("联系单位干部"), "13900000012");
		addMember(team, own, TeamRole.FIRST_SECRETARY, TERM_START);
		addMember(team, other, TeamRole.MEMBER, TERM_START);

		// The dispatching unit's liaison opens their own cadre, not the other unit's: a name as text, a masked phone.
		String forUnit = page(team, TestUsers.unit(place.unitId()), null);
		assertThat(forUnit).contains("/cadres/" + own + "/teams", name(other), "13900000011", "139****0012")
			.doesNotContain("/cadres/" + other + "/teams");
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", other).with(TestUsers.unit(place.unitId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		// The town opens both: both serve in its village.
		String forTown = page(team, TestUsers.town(place.townId()), null);
		assertThat(forTown).contains("/cadres/" + own + "/teams", "/cadres/" + other + "/teams", "13900000012");
		// The other unit's liaison sees the cadre's history but not the team of a unit not theirs.
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", other).with(TestUsers.unit(otherLinked))).hasStatusOk()
			.bodyText()
			.contains(place.villageName())
			.doesNotContain("/teams/" + team + "\"");
	}

	private String page(long team, RequestPostProcessor user, String q) throws Exception {
		MvcTestResult result = q == null ? this.mvc.get().uri("/teams/{id}", team).with(user).exchange()
				: this.mvc.get().uri("/teams/{id}?q={q}", team, q).with(user).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String name(long cadre) {
		return this.jdbc.queryForObject("select name from cadre where id = ?", String.class, cadre);
	}
}
