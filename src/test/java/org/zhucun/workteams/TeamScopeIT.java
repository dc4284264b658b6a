package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhucun.support.TestUsers;

/**
 * Every role sees its scope of teams and is refused (403) outside it: a town official works on the teams of their
 * town only, an aid unit reads its own teams and changes none, a team member reads their own team only.
 */
class TeamScopeIT extends TeamsIT {

	@Test
	void townOfficialCannotSeeOrChangeAnotherTownsTeam() {
		Place own = place();
		Place other = place();
		long mine = staffedTeam(own, 2);
		long theirs = staffedTeam(other, 2);
		RequestPostProcessor official = TestUsers.town(own.townId());

		assertThat(this.mvc.get().uri("/teams/{id}", mine).with(official)).hasStatusOk();
		assertForbidden(this.mvc.get().uri("/teams/{id}", theirs).with(official).exchange());
		assertForbidden(this.mvc.get().uri("/teams/{id}/edit", theirs).with(official).exchange());
		assertAllWritesForbidden(theirs, official);
		assertThat(memberships(theirs)).isEqualTo(2);
		assertThat(activeMembers(theirs)).isEqualTo(2);

		// The list shows their own town's teams whatever the filter asks.
		assertThat(this.mvc.get().uri("/teams?townId={t}", other.townId()).with(official)).hasStatusOk()
			.bodyText()
			.contains(own.villageName())
			.doesNotContain(other.villageName());
		// A team for another town's village is refused.
		assertForbidden(this.mvc.post()
			.uri("/teams")
			.with(official)
			.with(csrf())
			.param("villageId", String.valueOf(other.villageId()))
			.param("unitId", String.valueOf(other.unitId()))
			.param("termStart", TERM_START.toString())
			.param("termEnd", TERM_END.toString())
			.exchange());
		assertThat(activeTeamsOf(other.villageId())).isEqualTo(1);
		// Their own town's team they manage.
		assertThat(this.mvc.post()
			.uri("/teams/{id}/members", mine)
			.with(official)
			.with(csrf())
			.param("cadreId", String.valueOf(cadre(own.unitId())))
			.param("role", "MEMBER")
			.param("joinedOn", TODAY.toString())).hasStatus(HttpStatus.FOUND);
		assertThat(activeMembers(mine)).isEqualTo(3);
	}

	@Test
	void aidUnitReadsItsOwnTeamsAndChangesNone() {
		Place own = place();
		Place other = place();
		long mine = staffedTeam(own, 2);
		long theirs = staffedTeam(other, 2);
		RequestPostProcessor liaison = TestUsers.unit(own.unitId());

		assertThat(this.mvc.get().uri("/teams/{id}", mine).with(liaison)).hasStatusOk()
			.bodyText()
			.contains(own.villageName())
			.doesNotContain("id=\"add-member\"", "id=\"hand-over\"", "id=\"end-team\"");
		assertForbidden(this.mvc.get().uri("/teams/{id}", theirs).with(liaison).exchange());
		assertForbidden(this.mvc.get().uri("/teams/{id}/edit", mine).with(liaison).exchange());
		assertForbidden(this.mvc.get().uri("/teams/new").with(liaison).exchange());
		assertForbidden(this.mvc.get().uri("/teams/import").with(liaison).exchange());
		assertAllWritesForbidden(mine, liaison);
		assertThat(activeMembers(mine)).isEqualTo(2);
		assertThat(this.mvc.get().uri("/teams?unitId={u}", other.unitId()).with(liaison)).hasStatusOk()
			.bodyText()
			.contains(own.villageName())
			.doesNotContain(other.villageName());
	}

	@Test
	void officeStaffReadsAllAndChangesNothing() {
		Place place = place();
		long team = staffedTeam(place, 2);
		assertThat(this.mvc.get().uri("/teams/{id}", team).with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"add-member\"");
		assertAllWritesForbidden(team, TestUsers.officeStaff());
		assertThat(activeMembers(team)).isEqualTo(2);
	}

	@Test
	void memberSeesTheirOwnTeamOnly() {
		Place own = place();
		Place other = place();
		long mine = staffedTeam(own, 2);
		long theirs = staffedTeam(other, 2);
		long cadre = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?", Long.class,
				mine);
		RequestPostProcessor member = TestUsers.member(own.unitId(), cadre);
		RequestPostProcessor leader = TestUsers.leader(own.unitId(), this.jdbc.queryForObject(
				"select cadre_id from team_membership where team_id = ? and role = 'FIRST_SECRETARY'", Long.class, mine));

		assertThat(this.mvc.get().uri("/teams/{id}", mine).with(member)).hasStatusOk()
			.bodyText()
			.contains(own.villageName(), "id=\"members\"")
			.doesNotContain("id=\"add-member\"");
		assertThat(this.mvc.get().uri("/teams/{id}", mine).with(leader)).hasStatusOk();
		assertForbidden(this.mvc.get().uri("/teams/{id}", theirs).with(member).exchange());
		assertForbidden(this.mvc.get().uri("/teams/{id}", theirs).with(leader).exchange());
		assertAllWritesForbidden(mine, leader);
		assertThat(this.mvc.get().uri("/teams").with(member)).hasStatusOk()
			.bodyText()
			.contains(own.villageName())
			.doesNotContain(other.villageName());
		// Their own history, but not another cadre's.
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", cadre).with(member)).hasStatusOk();
		long someoneElse = this.jdbc.queryForObject("select max(cadre_id) from team_membership where team_id = ?",
				Long.class, theirs);
		assertForbidden(this.mvc.get().uri("/cadres/{id}/teams", someoneElse).with(member).exchange());

		// Once they have left, the team is no longer theirs to read.
		long membership = membershipOf(mine, cadre);
		asAdmin(() -> {
			this.teams.endMembership(mine, membership, new MembershipEnd(TODAY, LeaveReason.ROTATION, null,
					versionOfMembership(membership)));
			return null;
		});
		assertForbidden(this.mvc.get().uri("/teams/{id}", mine).with(member).exchange());
	}

	@Test
	void officeOnlyPagesAreRefusedToOthers() {
		Place place = place();
		RequestPostProcessor unit = TestUsers.unit(place.unitId());
		RequestPostProcessor town = TestUsers.town(place.townId());
		assertForbidden(this.mvc.get().uri("/teams/reductions").with(unit).exchange());
		assertForbidden(this.mvc.get().uri("/teams/problems").with(unit).exchange());
		assertForbidden(this.mvc.get().uri("/teams/reductions").with(TestUsers.member(place.unitId(), 1L)).exchange());
		assertThat(this.mvc.get().uri("/teams/reductions").with(town)).hasStatusOk();
		assertThat(this.mvc.get().uri("/teams/problems").with(town)).hasStatusOk();
		assertForbidden(this.mvc.get().uri("/teams/extend-terms").with(town).exchange());
		assertThat(this.mvc.get().uri("/teams/extend-terms").with(TestUsers.officeStaff())).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"apply-extension\"");
		assertForbidden(this.mvc.post().uri("/teams/extend-terms").with(TestUsers.officeStaff()).with(csrf())
			.param("year", "2089").exchange());
		assertForbidden(this.mvc.post().uri("/teams/extend-terms").with(town).with(csrf()).param("year", "2089")
			.exchange());
	}

	@Test
	void townOverviewShowsTheTownOnly() {
		Place own = place();
		Place other = place();
		assertThat(this.mvc.get().uri("/teams/problems").with(TestUsers.town(own.townId()))).hasStatusOk()
			.bodyText()
			.contains(own.villageName())
			.doesNotContain(other.villageName());
		assertThat(this.mvc.get().uri("/teams/problems").with(TestUsers.officeStaff())).hasStatusOk();
	}

	@Test
	void townOfficialReadsOnlyCadresOfTheirTown() {
		Place own = place();
		Place other = place();
		long ownCadre = cadre(own.unitId());
		long otherCadre = cadre(other.unitId());
		// Issue 11: the town's cadres are those serving (or having served) in its teams, not its linked units' cadres.
		assertForbidden(this.mvc.get().uri("/cadres/{id}/teams", ownCadre).with(TestUsers.town(own.townId()))
			.exchange());
		long ownTeam = dispatch(own);
		addMember(ownTeam, cadre(own.unitId()), TeamRole.TEAM_LEADER, TERM_START);
		addMember(ownTeam, ownCadre, TeamRole.MEMBER, TERM_START);
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", ownCadre).with(TestUsers.town(own.townId())))
			.hasStatusOk();
		assertForbidden(this.mvc.get().uri("/cadres/{id}/teams", otherCadre).with(TestUsers.town(own.townId()))
			.exchange());
		assertThat(this.mvc.get().uri("/cadres/{id}/teams", otherCadre).with(TestUsers.unit(other.unitId())))
			.hasStatusOk();
		assertForbidden(this.mvc.get().uri("/cadres/{id}/teams", otherCadre).with(TestUsers.unit(own.unitId()))
			.exchange());
	}

	/** Every change of a team is refused: edit, add and end a member, hand over the lead, end the team. */
	private void assertAllWritesForbidden(long team, RequestPostProcessor user) {
		long membership = this.jdbc.queryForObject("select max(id) from team_membership where team_id = ?", Long.class,
				team);
		long version = this.jdbc.queryForObject("select version from work_team where id = ?", Long.class, team);
		assertForbidden(this.mvc.post()
			.uri("/teams/{id}", team)
			.with(user)
			.with(csrf())
			.param("termEnd", TERM_END.plusYears(1).toString())
			.param("version", String.valueOf(version))
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/teams/{id}/members", team)
			.with(user)
			.with(csrf())
			.param("cadreId", "1")
			.param("role", "MEMBER")
			.param("joinedOn", TODAY.toString())
			.exchange());
		assertForbidden(this.mvc.get().uri("/teams/{id}/members/{m}/end", team, membership).with(user).exchange());
		assertForbidden(this.mvc.post()
			.uri("/teams/{id}/members/{m}/end", team, membership)
			.with(user)
			.with(csrf())
			.param("leftOn", TODAY.toString())
			.param("reason", "OTHER")
			.param("version", String.valueOf(versionOfMembership(membership)))
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/teams/{id}/leader", team)
			.with(user)
			.with(csrf())
			.param("membershipId", String.valueOf(membership))
			.param("role", "TEAM_LEADER")
			.exchange());
		assertForbidden(this.mvc.post()
			.uri("/teams/{id}/end", team)
			.with(user)
			.with(csrf())
			.param("endedOn", TODAY.toString())
			.exchange());
		assertThat(this.jdbc.queryForObject("select term_end from work_team where id = ?", LocalDate.class,
				team)).isEqualTo(TERM_END);
		assertThat(this.jdbc.queryForObject("select status from work_team where id = ?", String.class, team))
			.isEqualTo("ACTIVE");
	}

	private static void assertForbidden(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasForwardedUrl("/access-denied");
	}
}
