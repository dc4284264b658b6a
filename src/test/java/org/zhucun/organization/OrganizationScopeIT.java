package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.identity.Role;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.Village;
import org.zhucun.support.TestUsers;

/** Every role sees its scope on the organisation pages and is refused (403) outside it; phones are masked. */
class OrganizationScopeIT extends OrganizationIT {

	@Autowired
	private ContactPhones phones;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void townOfficialWorksOnTheVillagesOfTheirTownOnly() {
		Town own = town();
		Town other = town();
		Village mine = village(own);
		Village theirs = village(other);
		var official = TestUsers.town(own.getId());

		assertThat(this.mvc.get().uri("/villages/{id}", mine.getId()).with(official)).hasStatusOk();
		assertThat(this.mvc.get().uri("/villages/{id}/edit", mine.getId()).with(official)).hasStatusOk();
		assertForbidden(this.mvc.get().uri("/villages/{id}", theirs.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/villages/{id}/edit", theirs.getId()).with(official).exchange());
		assertForbidden(this.mvc.post()
			.uri("/villages/{id}", theirs.getId())
			.with(official)
			.with(csrf())
			.param("version", "0")
			.param("name", "越权")
			.param("category", "OTHER")
			.param("radiusM", "1500")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/villages/{id}/deactivate", theirs.getId())
			.with(official)
			.with(csrf())
			.param("version", "0")
			.exchange());
		assertThat(this.villages.findById(theirs.getId()).orElseThrow().getName()).isEqualTo(theirs.getName());

		// The list shows their own town whatever the filter asks.
		assertThat(this.mvc.get().uri("/villages?townId={t}", other.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains(mine.getName())
			.doesNotContain(theirs.getName());

		// A new village goes to their own town, even when another town is posted.
		String name = unique("镇建村");
		assertThat(this.mvc.post()
			.uri("/villages")
			.with(official)
			.with(csrf())
			.param("townId", other.getId().toString())
			.param("name", name)
			.param("category", "OTHER")
			.param("radiusM", "1500")).hasStatus(HttpStatus.FOUND);
		assertThat(this.villages.nameTaken(own.getId(), name, null)).isTrue();
		assertThat(this.villages.nameTaken(other.getId(), name, null)).isFalse();

		// Editing keeps the town fixed.
		assertThat(this.mvc.post()
			.uri("/villages/{id}", mine.getId())
			.with(official)
			.with(csrf())
			.param("version", String.valueOf(mine.getVersion()))
			.param("townId", other.getId().toString())
			.param("name", mine.getName())
			.param("category", "OTHER")
			.param("radiusM", "900")).hasStatus(HttpStatus.FOUND);
		Village edited = this.villages.findById(mine.getId()).orElseThrow();
		assertThat(edited.getTownId()).isEqualTo(own.getId());
		assertThat(edited.getRadiusM()).isEqualTo(900);
	}

	@Test
	void townOfficialSeesOwnTownPageButNotTheTownList() {
		Town own = town();
		Town other = town();
		var official = TestUsers.town(own.getId());
		assertForbidden(this.mvc.get().uri("/towns").with(official).exchange());
		assertThat(this.mvc.get().uri("/towns/{id}", own.getId()).with(official)).hasStatusOk();
		assertForbidden(this.mvc.get().uri("/towns/{id}", other.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/towns/{id}/edit", own.getId()).with(official).exchange());
	}

	@Test
	void townOfficialReadsTheUnitsLinkedToTheirTownButNotTheirCadresServingElsewhere() {
		Town own = town();
		Village mine = village(own);
		AidUnit linked = unit(mine);
		AidUnit elsewhere = unit(village(town()));
		Cadre linkedCadre = cadre(linked);
		Cadre otherCadre = cadre(elsewhere);
		var official = TestUsers.town(own.getId());

		assertThat(this.mvc.get().uri("/units").with(official)).hasStatusOk()
			.bodyText()
			.contains(linked.getName())
			.doesNotContain(elsewhere.getName());
		assertThat(this.mvc.get().uri("/units/{id}", linked.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains("13800001111")
			.doesNotContain("/units/" + linked.getId() + "/edit");
		assertForbidden(this.mvc.get().uri("/units/{id}", elsewhere.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/units/{id}/edit", linked.getId()).with(official).exchange());

		// Issue 11: a cadre of a linked unit who never served in the town is not the town's cadre any more.
		assertThat(this.mvc.get().uri("/cadres").with(official)).hasStatusOk()
			.bodyText()
			.doesNotContain(linkedCadre.getName())
			.doesNotContain(otherCadre.getName());
		assertForbidden(this.mvc.get().uri("/cadres/{id}", linkedCadre.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/cadres/{id}", otherCadre.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/cadres/{id}/edit", linkedCadre.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/cadres/new").with(official).exchange());
	}

	/**
	 * A town official's cadres are the cadres serving or having served in the town's teams (issue 11), whatever units
	 * are linked to the town: both ways, on the list, the page, the phones, the filter and the team history.
	 */
	@Test
	void townOfficialsCadresAreThoseServingInTheTown() throws Exception {
		Town own = town();
		Town other = town();
		Village mine = village(own);
		Village theirs = village(other);
		AidUnit unlinked = unit(theirs);
		AidUnit linked = unit(mine);
		Cadre stationedHere = this.cadres.saveAndFlush(new Cadre(unlinked.getId(), unique("驻本镇"), Gender.FEMALE,
				"13611112222", "科员"));
		Cadre servedHere = this.cadres.saveAndFlush(new Cadre(unlinked.getId(), unique("曾驻本镇"), Gender.MALE,
				"13622223333", "科员"));
		Cadre stationedElsewhere = this.cadres.saveAndFlush(new Cadre(linked.getId(), unique("驻外镇"), Gender.MALE,
				"13633334444", "科员"));
		long hereTeam = team(mine, unlinked);
		long thereTeam = team(theirs, linked);
		member(hereTeam, stationedHere, null);
		member(hereTeam, servedHere, java.time.LocalDate.of(2025, 6, 30));
		member(thereTeam, stationedElsewhere, null);
		var official = TestUsers.town(own.getId());

		String list = this.mvc.get().uri("/cadres").with(official).exchange().getResponse().getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains(stationedHere.getName(), "13611112222", servedHere.getName(), "13622223333")
			.doesNotContain(stationedElsewhere.getName())
			.doesNotContain("13633334444");
		// The unit filter offers the units of the town's cadres, not those linked to the town only.
		assertThat(list).contains("<option value=\"" + unlinked.getId() + "\"")
			.doesNotContain("<option value=\"" + linked.getId() + "\"");
		// Searching within the town's cadres by name and by unit.
		assertThat(this.mvc.get().uri("/cadres?name={n}", "驻外镇").with(official)).hasStatusOk()
			.bodyText()
			.doesNotContain(stationedElsewhere.getName());
		assertThat(this.mvc.get().uri("/cadres?unitId={u}", linked.getId()).with(official)).hasStatusOk()
			.bodyText()
			.doesNotContain(stationedElsewhere.getName());

		// Her page opens with the phone in full; her unit is not the town's, so its name is text, not a link.
		assertThat(this.mvc.get().uri("/cadres/{id}", stationedHere.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains("13611112222", unlinked.getName())
			.doesNotContain("/units/" + unlinked.getId() + "\"");
		assertThat(this.mvc.get().uri("/cadres/{id}", servedHere.getId()).with(official)).hasStatusOk();
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", stationedHere.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains("13611112222", "/teams/" + hereTeam + "\"");
		assertForbidden(this.mvc.get().uri("/cadres/{id}", stationedElsewhere.getId()).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/cadres/{id}/teams", stationedElsewhere.getId()).with(official).exchange());

		// The other town sees it the other way round.
		var otherOfficial = TestUsers.town(other.getId());
		assertThat(this.mvc.get().uri("/cadres/{id}", stationedElsewhere.getId()).with(otherOfficial)).hasStatusOk()
			.bodyText()
			.contains("13633334444");
		assertForbidden(this.mvc.get().uri("/cadres/{id}", stationedHere.getId()).with(otherOfficial).exchange());
		assertThat(this.mvc.get().uri("/cadres").with(otherOfficial)).hasStatusOk()
			.bodyText()
			.contains(stationedElsewhere.getName())
			.doesNotContain(stationedHere.getName());

		// Phones shown through ContactPhones by other modules follow the same rule.
		assertThat(cadrePhoneAs(own.getId(), stationedHere)).isEqualTo("13611112222");
		assertThat(cadrePhoneAs(own.getId(), stationedElsewhere)).isEqualTo("136****4444");
		assertThat(cadrePhoneAs(other.getId(), stationedElsewhere)).isEqualTo("13633334444");
		assertThat(cadrePhoneAs(other.getId(), stationedHere)).isEqualTo("136****2222");
	}

	/**
	 * The unit page and the unit list count, for a town official, the unit's active cadres who are the town's cadres
	 * (the ones the cadre list filtered by the unit shows), and say so; the office counts them all.
	 */
	@Test
	void townOfficialCountsTheLinkedUnitsCadresServingInTheTown() {
		Town own = town();
		Town other = town();
		Village mine = village(own);
		Village theirs = village(other);
		AidUnit linked = unit(mine);
		Cadre here = cadre(linked);
		Cadre elsewhere = cadre(linked);
		cadre(linked);
		member(team(mine, linked), here, null);
		member(team(theirs, linked), elsewhere, null);
		var official = TestUsers.town(own.getId());

		assertThat(this.mvc.get().uri("/units/{id}", linked.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains("在本镇（街道）驻村或曾驻村的在岗干部数")
			.containsPattern("/cadres\\?unitId=" + linked.getId() + "\">1</a>");
		assertThat(this.mvc.get().uri("/units?name={n}", linked.getName()).with(official)).hasStatusOk()
			.bodyText()
			.contains("在本镇（街道）驻村或曾驻村的在岗干部数")
			.containsPattern("<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">1</td>");
		assertThat(this.mvc.get().uri("/units?name={n}", linked.getName()).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.containsPattern("<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">3</td>");
		assertThat(this.mvc.get().uri("/units/{id}", linked.getId()).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.doesNotContain("在本镇（街道）驻村或曾驻村的在岗干部数")
			.containsPattern("/cadres\\?unitId=" + linked.getId() + "\">3</a>");
		assertThat(this.mvc.get().uri("/cadres?unitId={u}", linked.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains(here.getName())
			.doesNotContain(elsewhere.getName());

		// A unit linked to villages of two towns: the other town's village is named, not linked, for the town.
		AidUnit both = unit(mine, theirs);
		assertThat(this.mvc.get().uri("/units/{id}", both.getId()).with(official)).hasStatusOk()
			.bodyText()
			.contains("/villages/" + mine.getId() + "\"", theirs.getName())
			.doesNotContain("/villages/" + theirs.getId() + "\"");
		assertThat(this.mvc.get().uri("/villages/{id}", theirs.getId()).with(official)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/units/{id}", both.getId()).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.contains("/villages/" + theirs.getId() + "\"");
	}

	/** A team of the village dispatched by the unit, started on 2025-01-01, by SQL (work teams is another module). */
	private long team(Village village, AidUnit unit) {
		return this.jdbc.queryForObject("""
				insert into work_team (village_id, unit_id, term_start, term_end, one_per_village, created_at, modified_at)
				values (?, ?, date '2025-01-01', date '2026-12-31', false, now(), now()) returning id""", Long.class,
				village.getId(), unit.getId());
	}

	private void member(long teamId, Cadre cadre, java.time.LocalDate leftOn) {
		this.jdbc.update("""
				insert into team_membership (team_id, cadre_id, role, joined_on, left_on, leave_reason, created_at,
				                             modified_at)
				values (?, ?, 'MEMBER', date '2025-01-01', ?, ?, now(), now())""", teamId, cadre.getId(), leftOn,
				leftOn == null ? null : "ROTATION");
	}

	private String cadrePhoneAs(Long townId, Cadre cadre) {
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(Role.TOWN_OFFICIAL, townId, null, null));
		try {
			return this.phones.showCadre(cadre.getId(), cadre.getUnitId(), cadre.getPhone());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void unitAdministratorEditsOwnUnitAndLeadersButNotAnother() {
		Village village = village(town());
		AidUnit own = unit(village);
		AidUnit other = unit();
		Village extra = village(town());
		UnitLeader otherLeader = other.getLeaders().get(0);
		var admin = TestUsers.unit(own.getId());

		assertThat(this.mvc.get().uri("/units/{id}", own.getId()).with(admin)).hasStatusOk()
			.bodyText()
			.contains("/units/" + own.getId() + "/edit");
		assertThat(this.mvc.get().uri("/units/{id}/edit", own.getId()).with(admin)).hasStatusOk()
			.bodyText()
			.contains("联系村由办公室设置")
			.doesNotContain("name=\"villageIds\"");
		assertForbidden(this.mvc.get().uri("/units/{id}", other.getId()).with(admin).exchange());
		assertForbidden(this.mvc.get().uri("/units/{id}/edit", other.getId()).with(admin).exchange());
		// Editing another unit's leader is refused and changes nothing.
		assertForbidden(this.mvc.post()
			.uri("/units/{id}", other.getId())
			.with(admin)
			.with(csrf())
			.param("version", String.valueOf(other.getVersion()))
			.param("name", other.getName())
			.param("kind", "GOVERNMENT")
			.param("leaders[0].id", otherLeader.getId().toString())
			.param("leaders[0].name", "越权改名")
			.param("leaders[0].position", "书记")
			.param("leaders[0].principal", "true")
			.param("leaders[0].active", "true")
			.exchange());
		assertThat(reloadUnit(other.getId()).getLeaders().get(0).getName()).isEqualTo(otherLeader.getName());

		// Their own unit: details and leaders change; posted villages are ignored (the office sets them).
		UnitLeader principal = own.getLeaders().get(0);
		UnitLeader member = own.getLeaders().get(1);
		assertThat(this.mvc.post()
			.uri("/units/{id}", own.getId())
			.with(admin)
			.with(csrf())
			.param("version", String.valueOf(own.getVersion()))
			.param("name", own.getName())
			.param("kind", "INSTITUTION")
			.param("phone", "0391-5550000")
			.param("leaders[0].id", principal.getId().toString())
			.param("leaders[0].name", principal.getName() + "改")
			.param("leaders[0].position", "书记")
			.param("leaders[0].principal", "true")
			.param("leaders[0].active", "true")
			.param("leaders[1].id", member.getId().toString())
			.param("leaders[1].name", member.getName())
			.param("leaders[1].position", "副局长")
			.param("_leaders[1].principal", "on")
			.param("leaders[1].active", "true")
			.param("villageIds", extra.getId().toString())).hasStatus(HttpStatus.FOUND);
		AidUnit saved = reloadUnit(own.getId());
		assertThat(saved.getKind()).isEqualTo(UnitKind.INSTITUTION);
		assertThat(saved.getLeaders().get(0).getName()).isEqualTo(principal.getName() + "改");
		assertThat(linkedVillageIds(own.getId())).containsExactly(village.getId());

		assertForbidden(this.mvc.get().uri("/units/new").with(admin).exchange());
		assertForbidden(this.mvc.get().uri("/units/import").with(admin).exchange());
		assertForbidden(this.mvc.post()
			.uri("/units/{id}/deactivate", own.getId())
			.with(admin)
			.with(csrf())
			.param("version", "1")
			.exchange());
	}

	@Test
	void unitAdministratorManagesOwnCadresOnly() {
		AidUnit own = unit();
		AidUnit other = unit();
		Cadre mine = cadre(own);
		Cadre theirs = cadre(other);
		var admin = TestUsers.unit(own.getId());

		assertThat(this.mvc.get().uri("/cadres").with(admin)).hasStatusOk()
			.bodyText()
			.contains(mine.getName(), "13712345678")
			.doesNotContain(theirs.getName());
		assertThat(this.mvc.get().uri("/cadres/{id}/edit", mine.getId()).with(admin)).hasStatusOk();
		assertForbidden(this.mvc.get().uri("/cadres/{id}", theirs.getId()).with(admin).exchange());
		assertForbidden(this.mvc.post()
			.uri("/cadres/{id}", theirs.getId())
			.with(admin)
			.with(csrf())
			.param("version", "0")
			.param("name", "越权")
			.param("gender", "MALE")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/cadres/{id}/deactivate", theirs.getId())
			.with(admin)
			.with(csrf())
			.param("version", "0")
			.exchange());

		// A new cadre always joins their own unit.
		String name = unique("自建干部");
		assertThat(this.mvc.post()
			.uri("/cadres")
			.with(admin)
			.with(csrf())
			.param("unitId", other.getId().toString())
			.param("name", name)
			.param("gender", "MALE")).hasStatus(HttpStatus.FOUND);
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(own.getId())).extracting(Cadre::getName)
			.contains(name);
		assertThat(this.cadres.findByUnitIdAndActiveTrueOrderByName(other.getId())).extracting(Cadre::getName)
			.doesNotContain(name);

		assertThat(this.mvc.post()
			.uri("/cadres/{id}/deactivate", mine.getId())
			.with(admin)
			.with(csrf())
			.param("version", String.valueOf(mine.getVersion()))).hasStatus(HttpStatus.FOUND);
		assertThat(this.cadres.findById(mine.getId()).orElseThrow().isActive()).isFalse();
	}

	@Test
	void unitAdministratorReadsLinkedVillagesOnly() {
		Village linked = village(town());
		Village unlinked = village(town());
		AidUnit own = unit(linked);
		var admin = TestUsers.unit(own.getId());
		assertThat(this.mvc.get().uri("/villages").with(admin)).hasStatusOk()
			.bodyText()
			.contains(linked.getName())
			.doesNotContain(unlinked.getName());
		assertThat(this.mvc.get().uri("/villages/{id}", linked.getId()).with(admin)).hasStatusOk()
			.bodyText()
			.doesNotContain("/villages/" + linked.getId() + "/edit");
		assertForbidden(this.mvc.get().uri("/villages/{id}/edit", linked.getId()).with(admin).exchange());
		assertForbidden(this.mvc.get().uri("/villages/{id}", unlinked.getId()).with(admin).exchange());
		assertForbidden(this.mvc.get().uri("/villages/new").with(admin).exchange());
		assertForbidden(this.mvc.get().uri("/towns/{id}", linked.getTownId()).with(admin).exchange());
	}

	@Test
	void officeStaffReadsEverythingAndWritesNothing() {
		Town town = town();
		Village village = village(town);
		AidUnit unit = unit(village);
		Cadre cadre = cadre(unit);
		var staff = TestUsers.officeStaff();
		assertThat(this.mvc.get().uri("/towns/{id}", town.getId()).with(staff)).hasStatusOk();
		assertThat(this.mvc.get().uri("/villages/{id}", village.getId()).with(staff)).hasStatusOk()
			.bodyText()
			.doesNotContain("/edit");
		assertThat(this.mvc.get().uri("/units/{id}", unit.getId()).with(staff)).hasStatusOk();
		assertThat(this.mvc.get().uri("/cadres/{id}", cadre.getId()).with(staff)).hasStatusOk();

		assertForbidden(this.mvc.get().uri("/villages/new").with(staff).exchange());
		assertForbidden(this.mvc.get().uri("/villages/{id}/edit", village.getId()).with(staff).exchange());
		assertForbidden(this.mvc.post()
			.uri("/villages")
			.with(staff)
			.with(csrf())
			.param("townId", town.getId().toString())
			.param("name", unique("员工村"))
			.param("category", "OTHER")
			.param("radiusM", "1500")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/towns")
			.with(staff)
			.with(csrf())
			.param("name", unique("员工镇"))
			.param("sortOrder", "1")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/towns/{id}/deactivate", town.getId())
			.with(staff)
			.with(csrf())
			.param("version", "0")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/units/{id}", unit.getId())
			.with(staff)
			.with(csrf())
			.param("version", String.valueOf(unit.getVersion()))
			.param("name", unit.getName())
			.param("kind", "GOVERNMENT")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/cadres/{id}/deactivate", cadre.getId())
			.with(staff)
			.with(csrf())
			.param("version", "0")
			.exchange());
		assertForbidden(this.mvc.get().uri("/villages/import").with(staff).exchange());
		assertForbidden(this.mvc.get().uri("/cadres/import").with(staff).exchange());
		assertThat(this.villages.search(null, town.getId(), null, null, null, Queries.page(0)).getTotalElements())
			.isOne();
		assertThat(this.cadres.findById(cadre.getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void teamRolesHaveNoAccessToThesePages() {
		Village village = village(town());
		AidUnit unit = unit(village);
		Cadre cadre = cadre(unit);
		for (var user : List.of(TestUsers.member(unit.getId(), cadre.getId()),
				TestUsers.leader(unit.getId(), cadre.getId()))) {
			for (String uri : List.of("/towns", "/villages", "/units", "/cadres", "/villages/" + village.getId(),
					"/units/" + unit.getId(), "/cadres/" + cadre.getId(), "/villages/export", "/cadres/import")) {
				assertForbidden(this.mvc.get().uri(uri).with(user).exchange());
			}
		}
	}

	@Test
	void phonesAreMaskedOutsideTheOwnUnitTownAndOffice() {
		Town linkedTown = town();
		AidUnit unit = unit(village(linkedTown));
		AidUnit otherUnit = unit();
		String phone = "13812341234";
		assertThat(phoneAs(Role.OFFICE_STAFF, null, null, unit.getId(), phone)).isEqualTo(phone);
		assertThat(phoneAs(Role.UNIT_ADMIN, null, unit.getId(), unit.getId(), phone)).isEqualTo(phone);
		assertThat(phoneAs(Role.UNIT_ADMIN, null, otherUnit.getId(), unit.getId(), phone)).isEqualTo("138****1234");
		assertThat(phoneAs(Role.TOWN_OFFICIAL, linkedTown.getId(), null, unit.getId(), phone)).isEqualTo(phone);
		assertThat(phoneAs(Role.TOWN_OFFICIAL, town().getId(), null, unit.getId(), phone)).isEqualTo("138****1234");
		assertThat(phoneAs(Role.TEAM_MEMBER, null, unit.getId(), unit.getId(), phone)).isEqualTo(phone);
		assertThat(phoneAs(Role.TEAM_LEADER, null, otherUnit.getId(), unit.getId(), phone)).isEqualTo("138****1234");
	}

	private String phoneAs(Role role, Long townId, Long unitId, Long personUnitId, String phone) {
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authentication(role, townId, unitId, role.isTeam() ? -1L : null));
		try {
			return this.phones.show(personUnitId, phone);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void assertForbidden(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasForwardedUrl("/access-denied");
	}
}
