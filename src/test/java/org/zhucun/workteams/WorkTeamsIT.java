package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The module's API for later modules: a cadre's team on a day, the members of a period, the leader. */
class WorkTeamsIT extends TeamsIT {

	@Autowired
	private WorkTeams workTeams;

	@Test
	void answersWhoServesWhereAndWhoLeads() {
		Place place = place();
		long team = staffedTeam(place, 1);
		long leader = this.jdbc.queryForObject("select cadre_id from team_membership where team_id = ?", Long.class,
				team);
		long member = cadre(place.unitId());
		addMember(team, member, TeamRole.MEMBER, TODAY.minusDays(10));
		long membership = membershipOf(team, member);
		asAdmin(() -> {
			this.teams.endMembership(team, membership, new MembershipEnd(TODAY.minusDays(5), LeaveReason.ROTATION,
					null, versionOfMembership(membership)));
			return null;
		});

		assertThat(this.workTeams.activeTeamOf(member, TODAY.minusDays(11))).isEmpty();
		assertThat(this.workTeams.activeTeamOf(member, TODAY.minusDays(10))).hasValueSatisfying(a -> {
			assertThat(a.teamId()).isEqualTo(team);
			assertThat(a.villageId()).isEqualTo(place.villageId());
			assertThat(a.unitId()).isEqualTo(place.unitId());
			assertThat(a.role()).isEqualTo(TeamRole.MEMBER);
		});
		assertThat(this.workTeams.activeTeamOf(member, TODAY.minusDays(5))).isPresent();
		assertThat(this.workTeams.activeTeamOf(member, TODAY.minusDays(4))).isEmpty();

		assertThat(this.workTeams.membersBetween(team, TODAY.minusDays(4), TODAY)).extracting(TeamMember::cadreId)
			.containsExactly(leader);
		assertThat(this.workTeams.membersBetween(team, TODAY.minusDays(6), TODAY)).extracting(TeamMember::cadreId)
			.containsExactlyInAnyOrder(leader, member);
		assertThat(this.workTeams.membersBetween(team, TODAY.minusDays(6), TODAY))
			.allSatisfy(m -> assertThat(m.cadreName()).isEqualTo(
					this.jdbc.queryForObject("select name from cadre where id = ?", String.class, m.cadreId())))
			.extracting(TeamMember::cadreName)
			.doesNotContainNull()
			.doesNotHaveDuplicates();

		assertThat(this.workTeams.leaderOf(team)).hasValueSatisfying(l -> {
			assertThat(l.cadreId()).isEqualTo(leader);
			assertThat(l.role()).isEqualTo(TeamRole.FIRST_SECRETARY);
		});
		assertThat(this.workTeams.leads(leader, team)).isTrue();
		assertThat(this.workTeams.leads(member, team)).isFalse();

		assertThat(this.workTeams.ledTeamOf(leader, TODAY)).hasValueSatisfying(a -> {
			assertThat(a.teamId()).isEqualTo(team);
			assertThat(a.role()).isEqualTo(TeamRole.FIRST_SECRETARY);
		});
		assertThat(this.workTeams.ledTeamOf(leader, TERM_START.minusDays(1))).as("before the leader joined").isEmpty();
		assertThat(this.workTeams.ledTeamOf(member, TODAY.minusDays(7))).as("serves, does not lead").isEmpty();
	}
}
