package org.zhucun.workteams;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.workteams.domain.TeamQueries;
import org.zhucun.workteams.domain.TeamQueries.MembershipFact;

/**
 * The module's API for later modules (leave, attendance, reports, oversight): who serves in which team, on which
 * days, and who leads it. These are facts without a scope check, like the policy settings: the calling module checks
 * the signed-in account's scope for what it shows. The one write, ending a membership, keeps the team page's checks.
 */
@Service
@Transactional(readOnly = true)
public class WorkTeams {

	private final TeamQueries queries;

	private final TeamService teams;

	WorkTeams(TeamQueries queries, TeamService teams) {
		this.queries = queries;
		this.teams = teams;
	}

	/** @return the team's village, town, unit and memberships, if it exists (two queries) */
	public Optional<TeamFacts> team(Long teamId) {
		return this.queries.team(teamId)
			.map(t -> new TeamFacts(t.id(), t.villageId(), t.townId(), t.unitId(), t.status(),
					this.queries.members(teamId)));
	}

	/**
	 * Ends an active membership for another module (oversight's recall), with the same rules and scope check as the
	 * team's page: the signed-in account must be allowed to change the team.
	 */
	@Transactional
	public void endMembership(Long teamId, Long membershipId, MembershipEnd end) {
		this.teams.endMembership(teamId, membershipId, end);
	}

	/** @return the team the cadre served in on the day (member from joined to left, both included), if any */
	public Optional<TeamAssignment> activeTeamOf(Long cadreId, LocalDate on) {
		return this.queries.membershipsOfCadreOn(cadreId, on)
			.stream()
			.findFirst()
			.map(WorkTeams::assignment);
	}

	/**
	 * @return the team the cadre served in on the day, if the cadre leads it now: {@link #activeTeamOf} and
	 * {@link #leads} in one query, for the pages of a team's leader
	 */
	public Optional<TeamAssignment> ledTeamOf(Long cadreId, LocalDate on) {
		return this.queries.ledMembershipOn(cadreId, on)
			.map(WorkTeams::assignment);
	}

	/**
	 * @return the memberships of the team in force on at least one day from {@code from} to {@code to} (both
	 * included), latest joined first; a member's role is the one they hold now
	 */
	public List<TeamMember> membersBetween(Long teamId, LocalDate from, LocalDate to) {
		return this.queries.membershipsOfTeamBetween(teamId, from, to).stream().map(WorkTeams::member).toList();
	}

	/** @return the active member who leads the team now, if any */
	public Optional<TeamMember> leaderOf(Long teamId) {
		return this.queries.leaderOf(teamId).map(WorkTeams::member);
	}

	/** @return whether the cadre leads the team now */
	public boolean leads(Long cadreId, Long teamId) {
		return leaderOf(teamId).map(m -> m.cadreId().equals(cadreId)).orElse(false);
	}

	private static TeamAssignment assignment(MembershipFact m) {
		return new TeamAssignment(m.teamId(), m.villageId(), m.unitId(), m.membershipId(), m.role());
	}

	private static TeamMember member(MembershipFact m) {
		return new TeamMember(m.membershipId(), m.cadreId(), m.cadreName(), m.role(), m.joinedOn(), m.leftOn());
	}
}
