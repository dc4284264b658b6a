package org.zhucun.workteams.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamStatus;

/** The rules a team keeps on its own roster: term, one leader, one membership per cadre at a time, history kept. */
class WorkTeamTest {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate END = LocalDate.of(2027, 12, 31);

	private static WorkTeam team() {
		return WorkTeam.dispatch(1L, true, 2L, START, END, null);
	}

	/** A team led by cadre 10 with members 11 and 12, all from the start of the term. */
	private static WorkTeam staffedTeam() {
		WorkTeam team = team();
		team.addMember(10L, TeamRole.FIRST_SECRETARY, START, null);
		team.addMember(11L, TeamRole.MEMBER, START, null);
		team.addMember(12L, TeamRole.MEMBER, START, null);
		return team;
	}

	private static void assertRefused(ThrowingCallable action, String field, String messageKey) {
		assertThatThrownBy(action).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			assertThat(ex.field()).isEqualTo(field);
		});
	}

	private static TeamMembership member(WorkTeam team, Long cadreId) {
		return team.getMemberships().stream().filter(m -> m.getCadreId().equals(cadreId)).reduce((a, b) -> b).orElseThrow();
	}

	@Nested
	class Dispatch {

		@Test
		void startsActiveWithoutMembers() {
			WorkTeam team = team();
			assertThat(team.getStatus()).isEqualTo(TeamStatus.ACTIVE);
			assertThat(team.isOnePerVillage()).isTrue();
			assertThat(team.getMemberships()).isEmpty();
			assertThat(team.leader()).isEmpty();
		}

		@Test
		void termMayNotEndBeforeItStarts() {
			assertRefused(() -> WorkTeam.dispatch(1L, false, 2L, START, START.minusDays(1), null), "termEnd",
					"team.term.end-before-start");
			assertThat(WorkTeam.dispatch(1L, false, 2L, START, START, null).getTermEnd()).isEqualTo(START);
		}
	}

	@Nested
	class AddMember {

		@Test
		void firstMemberMustLead() {
			WorkTeam team = team();
			assertRefused(() -> team.addMember(11L, TeamRole.MEMBER, START, null), "role", "team.member.leader-first");
			team.addMember(10L, TeamRole.TEAM_LEADER, START, null);
			team.addMember(11L, TeamRole.MEMBER, START, "joined from the bureau");
			assertThat(team.leader()).map(TeamMembership::getCadreId).contains(10L);
			assertThat(team.activeMembers()).extracting(TeamMembership::getCadreId).containsExactly(10L, 11L);
			assertThat(member(team, 11L).getNote()).isEqualTo("joined from the bureau");
		}

		@Test
		void secondLeaderIsRefused() {
			WorkTeam team = staffedTeam();
			assertRefused(() -> team.addMember(13L, TeamRole.TEAM_LEADER, START, null), "role",
					"team.member.second-leader");
			assertRefused(() -> team.addMember(13L, TeamRole.FIRST_SECRETARY, START, null), "role",
					"team.member.second-leader");
			assertThat(team.activeMembers()).hasSize(3);
		}

		@Test
		void cadreAlreadyActiveInTheTeamIsRefused() {
			WorkTeam team = staffedTeam();
			assertRefused(() -> team.addMember(11L, TeamRole.MEMBER, START.plusDays(5), null), "cadreId",
					"team.member.already-in-team");
		}

		@Test
		void joiningDayMustLieInTheTerm() {
			WorkTeam team = staffedTeam();
			assertRefused(() -> team.addMember(13L, TeamRole.MEMBER, START.minusDays(1), null), "joinedOn",
					"team.member.joined-outside-term");
			assertRefused(() -> team.addMember(13L, TeamRole.MEMBER, END.plusDays(1), null), "joinedOn",
					"team.member.joined-outside-term");
			team.addMember(13L, TeamRole.MEMBER, END, null);
			assertThat(team.activeMembers()).hasSize(4);
		}

		@Test
		void cadreWhoLeftMayRejoinFromTheNextDayOnly() {
			WorkTeam team = staffedTeam();
			LocalDate left = LocalDate.of(2026, 6, 30);
			team.endMembership(member(team, 12L), left, LeaveReason.TRANSFER, null);
			assertRefused(() -> team.addMember(12L, TeamRole.MEMBER, left, null), "joinedOn",
					"team.member.joined-before-left");
			team.addMember(12L, TeamRole.MEMBER, left.plusDays(1), null);
			assertThat(team.getMemberships()).filteredOn(m -> m.getCadreId().equals(12L)).hasSize(2);
		}

		@Test
		void endedTeamTakesNoMember() {
			WorkTeam team = staffedTeam();
			team.end(LocalDate.of(2026, 10, 1));
			assertRefused(() -> team.addMember(13L, TeamRole.MEMBER, LocalDate.of(2026, 10, 1), null), null,
					"team.ended");
		}
	}

	@Nested
	class EndMembership {

		@Test
		void recordsTheLastDayReasonAndNote() {
			WorkTeam team = staffedTeam();
			TeamMembership m = member(team, 12L);
			team.endMembership(m, LocalDate.of(2026, 11, 10), LeaveReason.RECALL, "recalled for illness");
			assertThat(m.isActive()).isFalse();
			assertThat(m.getLeftOn()).isEqualTo(LocalDate.of(2026, 11, 10));
			assertThat(m.getLeaveReason()).isEqualTo(LeaveReason.RECALL);
			assertThat(m.getNote()).isEqualTo("recalled for illness");
			assertThat(team.activeMembers()).extracting(TeamMembership::getCadreId).containsExactly(10L, 11L);
			assertThat(team.getMemberships()).hasSize(3);
		}

		@Test
		void lastDayBeforeJoiningIsRefused() {
			WorkTeam team = staffedTeam();
			team.addMember(13L, TeamRole.MEMBER, LocalDate.of(2026, 5, 1), null);
			assertRefused(() -> team.endMembership(member(team, 13L), LocalDate.of(2026, 4, 30), LeaveReason.OTHER,
					null), "leftOn", "team.member.left-before-joined");
			assertThat(member(team, 13L).isActive()).isTrue();
			team.endMembership(member(team, 13L), LocalDate.of(2026, 5, 1), LeaveReason.OTHER, null);
			assertThat(member(team, 13L).getLeftOn()).isEqualTo(LocalDate.of(2026, 5, 1));
		}

		@Test
		void lastDayOutsideTheTermIsRefused() {
			WorkTeam team = staffedTeam();
			assertRefused(() -> team.endMembership(member(team, 12L), END.plusDays(1), LeaveReason.ROTATION, null),
					"leftOn", "team.member.left-outside-term");
		}

		@Test
		void membershipEndsOnce() {
			WorkTeam team = staffedTeam();
			TeamMembership m = member(team, 12L);
			team.endMembership(m, LocalDate.of(2026, 3, 1), LeaveReason.ROTATION, null);
			assertRefused(() -> team.endMembership(m, LocalDate.of(2026, 4, 1), LeaveReason.OTHER, null), null,
					"team.member.not-active");
			assertThat(m.getLeftOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		}

		@Test
		void membershipOfAnotherTeamIsRefused() {
			WorkTeam team = staffedTeam();
			WorkTeam other = staffedTeam();
			assertRefused(() -> team.endMembership(member(other, 12L), LocalDate.of(2026, 3, 1), LeaveReason.ROTATION,
					null), null, "team.member.not-active");
		}

		@Test
		void leaderLeavesLastOrAfterHandingOver() {
			WorkTeam team = staffedTeam();
			TeamMembership leader = member(team, 10L);
			assertRefused(() -> team.endMembership(leader, LocalDate.of(2026, 3, 1), LeaveReason.ROTATION, null), null,
					"team.member.leader-hands-over-first");
			team.handOverLead(member(team, 11L), TeamRole.TEAM_LEADER);
			team.endMembership(leader, LocalDate.of(2026, 3, 1), LeaveReason.ROTATION, null);
			assertThat(team.leader()).map(TeamMembership::getCadreId).contains(11L);
		}

		@Test
		void lastMemberMayLeaveAndTheTeamHasNoLeader() {
			WorkTeam team = team();
			TeamMembership only = team.addMember(10L, TeamRole.FIRST_SECRETARY, START, null);
			team.endMembership(only, LocalDate.of(2026, 2, 1), LeaveReason.RECALL, null);
			assertThat(team.leader()).isEmpty();
			assertThat(team.activeMembers()).isEmpty();
		}
	}

	@Nested
	class HandOverLead {

		@Test
		void previousLeaderStaysAsMember() {
			WorkTeam team = staffedTeam();
			team.handOverLead(member(team, 12L), TeamRole.TEAM_LEADER);
			assertThat(member(team, 10L).getRole()).isEqualTo(TeamRole.MEMBER);
			assertThat(member(team, 12L).getRole()).isEqualTo(TeamRole.TEAM_LEADER);
			assertThat(team.activeMembers()).filteredOn(TeamMembership::isLeading).hasSize(1);
		}

		@Test
		void handingToTheLeaderChangesTheLeadingRole() {
			WorkTeam team = staffedTeam();
			team.handOverLead(member(team, 10L), TeamRole.TEAM_LEADER);
			assertThat(member(team, 10L).getRole()).isEqualTo(TeamRole.TEAM_LEADER);
			assertThat(team.activeMembers()).filteredOn(TeamMembership::isLeading).hasSize(1);
		}

		@Test
		void roleMustLead() {
			WorkTeam team = staffedTeam();
			assertRefused(() -> team.handOverLead(member(team, 11L), TeamRole.MEMBER), "role",
					"team.lead.role-must-lead");
			assertThat(member(team, 10L).getRole()).isEqualTo(TeamRole.FIRST_SECRETARY);
		}

		@Test
		void memberWhoLeftCannotLead() {
			WorkTeam team = staffedTeam();
			TeamMembership left = member(team, 12L);
			team.endMembership(left, LocalDate.of(2026, 3, 1), LeaveReason.TRANSFER, null);
			assertRefused(() -> team.handOverLead(left, TeamRole.TEAM_LEADER), "membershipId", "team.member.not-active");
			assertThat(left.getRole()).isEqualTo(TeamRole.MEMBER);
		}

		@Test
		void teamWithoutLeaderTakesOne() {
			WorkTeam team = staffedTeam();
			team.handOverLead(member(team, 11L), TeamRole.TEAM_LEADER);
			team.endMembership(member(team, 10L), LocalDate.of(2026, 3, 1), LeaveReason.ROTATION, null);
			team.endMembership(member(team, 12L), LocalDate.of(2026, 3, 1), LeaveReason.ROTATION, null);
			team.endMembership(member(team, 11L), LocalDate.of(2026, 3, 2), LeaveReason.ROTATION, null);
			team.addMember(20L, TeamRole.FIRST_SECRETARY, LocalDate.of(2026, 3, 3), null);
			assertThat(team.leader()).map(TeamMembership::getCadreId).contains(20L);
		}
	}

	@Nested
	class Term {

		@Test
		void extensionMovesTheEndLaterOnly() {
			WorkTeam team = staffedTeam();
			assertRefused(() -> team.extendTermTo(END.minusDays(1)), "termEnd", "team.term.extend-earlier");
			team.extendTermTo(END.plusYears(1));
			assertThat(team.getTermEnd()).isEqualTo(END.plusYears(1));
		}

		@Test
		void revisionKeepsTheRosterInsideTheTerm() {
			WorkTeam team = staffedTeam();
			team.addMember(13L, TeamRole.MEMBER, LocalDate.of(2026, 9, 1), null);
			assertRefused(() -> team.revise(LocalDate.of(2026, 8, 31), null), "termEnd", "team.term.before-roster");
			assertRefused(() -> team.revise(START.minusDays(1), null), "termEnd", "team.term.end-before-start");
			team.revise(LocalDate.of(2026, 9, 1), "shortened");
			assertThat(team.getTermEnd()).isEqualTo(LocalDate.of(2026, 9, 1));
			assertThat(team.getNote()).isEqualTo("shortened");
		}

		@Test
		void endedTeamKeepsItsTermButTakesANote() {
			WorkTeam team = staffedTeam();
			team.end(LocalDate.of(2026, 10, 1));
			assertRefused(() -> team.revise(END.plusYears(1), null), null, "team.ended");
			assertRefused(() -> team.extendTermTo(END.plusYears(1)), null, "team.ended");
			team.revise(END, "archived");
			assertThat(team.getNote()).isEqualTo("archived");
		}
	}

	@Nested
	class End {

		@Test
		void endsEveryActiveMembershipAsWithdrawnAndKeepsHistory() {
			WorkTeam team = staffedTeam();
			team.endMembership(member(team, 12L), LocalDate.of(2026, 5, 1), LeaveReason.TRANSFER, null);
			LocalDate day = LocalDate.of(2026, 10, 1);
			team.end(day);
			assertThat(team.getStatus()).isEqualTo(TeamStatus.ENDED);
			assertThat(team.getEndedOn()).isEqualTo(day);
			assertThat(team.activeMembers()).isEmpty();
			assertThat(team.getMemberships()).hasSize(3);
			assertThat(member(team, 10L).getLeaveReason()).isEqualTo(LeaveReason.WITHDRAWN);
			assertThat(member(team, 10L).getLeftOn()).isEqualTo(day);
			assertThat(member(team, 12L).getLeaveReason()).isEqualTo(LeaveReason.TRANSFER);
		}

		@Test
		void dayMustLieInTheTermAndNotBeforeAMemberJoined() {
			WorkTeam team = staffedTeam();
			team.addMember(13L, TeamRole.MEMBER, LocalDate.of(2026, 6, 1), null);
			assertRefused(() -> team.end(END.plusDays(1)), "endedOn", "team.end.outside-term");
			assertRefused(() -> team.end(LocalDate.of(2026, 5, 31)), "endedOn", "team.end.before-joined");
			assertThat(team.isActive()).isTrue();
			assertThat(team.activeMembers()).hasSize(4);
		}

		@Test
		void teamEndsOnce() {
			WorkTeam team = staffedTeam();
			team.end(LocalDate.of(2026, 10, 1));
			assertRefused(() -> team.end(LocalDate.of(2026, 10, 2)), null, "team.ended");
			assertThat(team.getEndedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
		}
	}
}
