package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.identity.Role;
import org.zhucun.organization.VillageCategory;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.support.TestUsers;

/**
 * The rules enforced on save, against PostgreSQL: the service's checks, and the database's own rules that hold
 * when two saves race (one active team per registered poor village, one active team per cadre, one leader).
 */
class TeamRulesIT extends TeamsIT {

	@Test
	void twoConcurrentDispatchesForOnePoorVillageCreateOneActiveTeam() throws Exception {
		Place place = place();
		long otherUnit = unit(unique("单位"));
		List<Object> outcomes = race(
				() -> this.teams.create(new TeamCommand(place.villageId(), place.unitId(), TERM_START, TERM_END, null)),
				() -> this.teams.create(new TeamCommand(place.villageId(), otherUnit, TERM_START, TERM_END, null)));
		assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(BusinessRuleException.class::isInstance)
			.singleElement()
			.satisfies(ex -> {
				assertThat(((BusinessRuleException) ex).field()).isEqualTo("villageId");
				assertThat(((BusinessRuleException) ex).messageKey()).isEqualTo("team.village.has-active-team");
			});
		assertThat(activeTeamsOf(place.villageId())).isEqualTo(1);
	}

	@Test
	void oneCadreAddedToTwoTeamsAtOnceJoinsOne() throws Exception {
		Place first = place();
		Place second = place();
		long teamA = staffedTeam(first, 1);
		long teamB = staffedTeam(second, 1);
		long cadre = cadre(first.unitId());
		List<Object> outcomes = race(
				() -> this.teams.addMember(teamA, new MemberCommand(cadre, TeamRole.MEMBER, TODAY, null)),
				() -> this.teams.addMember(teamB, new MemberCommand(cadre, TeamRole.MEMBER, TODAY, null)));
		assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(BusinessRuleException.class::isInstance)
			.singleElement()
			.satisfies(ex -> assertThat(((BusinessRuleException) ex).messageKey())
				.isIn("team.member.taken-meanwhile", "team.member.active-elsewhere"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from team_membership where cadre_id = ? and left_on is null", Long.class, cadre))
			.isEqualTo(1);
	}

	@Test
	void twoLeadersAddedAtOnceLeaveOne() throws Exception {
		Place place = place();
		long team = dispatch(place);
		long a = cadre(place.unitId());
		long b = cadre(place.unitId());
		List<Object> outcomes = race(
				() -> this.teams.addMember(team, new MemberCommand(a, TeamRole.FIRST_SECRETARY, TODAY, null)),
				() -> this.teams.addMember(team, new MemberCommand(b, TeamRole.TEAM_LEADER, TODAY, null)));
		assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(BusinessRuleException.class::isInstance).singleElement()
			.satisfies(ex -> assertThat(((BusinessRuleException) ex).messageKey()).isEqualTo("team.member.second-leader"));
		assertThat(this.jdbc.queryForObject("select count(*) from team_membership where team_id = ? and left_on is null"
				+ " and role in ('FIRST_SECRETARY', 'TEAM_LEADER')", Long.class, team)).isEqualTo(1);
	}

	@Test
	void databaseRefusesASecondActiveTeamForAPoorVillage() {
		Place place = place();
		dispatch(place);
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into work_team (village_id, unit_id, term_start, term_end, one_per_village, created_at, modified_at)
				values (?, ?, current_date, current_date + 700, true, now(), now())""", place.villageId(), place.unitId()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("work_team_one_active_per_poor_village_ux");
	}

	@Test
	void databaseRefusesACadreActiveInTwoTeamsAndTwoLeaders() {
		Place first = place(VillageCategory.NON_POOR_WITH_TASKS);
		long teamA = staffedTeam(first, 2);
		long teamB = dispatch(first);
		long leaderOfA = this.jdbc.queryForObject("select cadre_id from team_membership where team_id = ? and role = "
				+ "'FIRST_SECRETARY'", Long.class, teamA);
		String insert = """
				insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)
				values (?, ?, ?, current_date, now(), now())""";
		assertThatThrownBy(() -> this.jdbc.update(insert, teamB, leaderOfA, "MEMBER"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("team_membership_one_active_per_cadre_ux");
		assertThatThrownBy(() -> this.jdbc.update(insert, teamA, cadre(first.unitId()), "TEAM_LEADER"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("team_membership_one_leader_ex");
	}

	@Test
	void handOverIsSavedWhicheverRowIsWrittenFirst() {
		Place place = place();
		long team = staffedTeam(place, 4);
		List<Long> members = this.jdbc.queryForList(
				"select id from team_membership where team_id = ? and role = 'MEMBER' order by id", Long.class, team);
		// Hand the lead to the last member, then to the first: the rows change in both orders.
		asAdmin(() -> {
			this.teams.handOverLead(team, members.get(2), TeamRole.TEAM_LEADER);
			return null;
		});
		asAdmin(() -> {
			this.teams.handOverLead(team, members.get(0), TeamRole.FIRST_SECRETARY);
			return null;
		});
		assertThat(this.jdbc.queryForList("select id from team_membership where team_id = ? and left_on is null and "
				+ "role in ('FIRST_SECRETARY', 'TEAM_LEADER')", Long.class, team)).containsExactly(members.get(0));
		assertThat(this.jdbc.queryForObject("select role from team_membership where id = ?", String.class,
				members.get(2))).isEqualTo("MEMBER");
	}

	@Test
	void cadreActiveElsewhereIsRefusedNamingTheOtherVillage() {
		Place first = place();
		Place second = place();
		long teamA = staffedTeam(first, 1);
		long teamB = staffedTeam(second, 1);
		long cadre = cadre(first.unitId());
		addMember(teamA, cadre, TeamRole.MEMBER, TODAY);
		assertThatThrownBy(() -> addMember(teamB, cadre, TeamRole.MEMBER, TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("cadreId");
				assertThat(ex.messageKey()).isEqualTo("team.member.active-elsewhere");
				assertThat(ex.args()).containsExactly(first.villageName());
			});
		assertThat(activeMembers(teamB)).isEqualTo(1);
	}

	@Test
	void cadreWhoLeftElsewhereJoinsFromTheNextDayOnly() {
		Place first = place();
		Place second = place();
		long teamA = staffedTeam(first, 1);
		long teamB = staffedTeam(second, 1);
		long cadre = cadre(first.unitId());
		addMember(teamA, cadre, TeamRole.MEMBER, TODAY.minusDays(20));
		long membership = membershipOf(teamA, cadre);
		LocalDate left = TODAY.minusDays(10);
		asAdmin(() -> {
			this.teams.endMembership(teamA, membership, new MembershipEnd(left, LeaveReason.TRANSFER, null,
					versionOfMembership(membership)));
			return null;
		});
		assertThatThrownBy(() -> addMember(teamB, cadre, TeamRole.MEMBER, left))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("team.member.overlaps-elsewhere");
				assertThat(ex.field()).isEqualTo("joinedOn");
			});
		addMember(teamB, cadre, TeamRole.MEMBER, left.plusDays(1));
		assertThat(activeMembers(teamB)).isEqualTo(2);
	}

	@Test
	void inactiveCadreAndOtherVillagesAreRefused() {
		Place place = place();
		long team = staffedTeam(place, 1);
		long cadre = cadre(place.unitId());
		this.jdbc.update("update cadre set active = false where id = ?", cadre);
		assertThatThrownBy(() -> addMember(team, cadre, TeamRole.MEMBER, TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("team.member.cadre-inactive"));
		long other = village(place.townId(), unique("其他村"), VillageCategory.OTHER);
		assertThatThrownBy(() -> dispatch(other, place.unitId(), TERM_START, TERM_END))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("team.village.no-tasks"));
		assertThat(activeTeamsOf(other)).isZero();
	}

	@Test
	void nonPoorVillageMayHaveSeveralTeams() {
		Place place = place(VillageCategory.NON_POOR_WITH_TASKS);
		dispatch(place);
		dispatch(place);
		assertThat(activeTeamsOf(place.villageId())).isEqualTo(2);
	}

	@Test
	void endingATeamEndsItsMembershipsAndKeepsThem() {
		Place place = place();
		long team = staffedTeam(place, 3);
		asAdmin(() -> {
			this.teams.end(team, TODAY);
			return null;
		});
		assertThat(activeMembers(team)).isZero();
		assertThat(memberships(team)).isEqualTo(3);
		assertThat(this.jdbc.queryForList("select distinct leave_reason from team_membership where team_id = ?",
				String.class, team)).containsExactly("WITHDRAWN");
		// The village may now have a new team.
		dispatch(place);
		assertThat(activeTeamsOf(place.villageId())).isEqualTo(1);
	}

	/** Runs both actions at the same moment, each as the office administrator in its own transaction. */
	private static List<Object> race(Callable<Long> first, Callable<Long> second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Long> action : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					SecurityContextHolder.getContext()
						.setAuthentication(TestUsers.authentication(Role.OFFICE_ADMIN, null, null, null));
					ready.countDown();
					go.await();
					try {
						return (Object) action.call();
					}
					catch (BusinessRuleException ex) {
						return ex;
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
