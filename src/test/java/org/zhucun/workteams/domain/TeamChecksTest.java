package org.zhucun.workteams.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhucun.workteams.TeamProblem;
import org.zhucun.workteams.TeamStatus;

/** The composition rules shown (not enforced): leader, minimum size of a poor village's team, term ending or over. */
class TeamChecksTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static TeamChecks.Facts team(boolean poor, int members, boolean leader, LocalDate termEnd) {
		return new TeamChecks.Facts(TeamStatus.ACTIVE, poor, termEnd, members, leader);
	}

	@Test
	void aTermShorterThanTheMinimumIsAProblem() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		TeamChecks.Facts twoYears = new TeamChecks.Facts(TeamStatus.ACTIVE, false, start, LocalDate.of(2027, 12, 31),
				3, true);
		TeamChecks.Facts oneDayLess = new TeamChecks.Facts(TeamStatus.ACTIVE, false, start,
				LocalDate.of(2027, 12, 30), 3, true);
		assertThat(TeamChecks.problems(twoYears, 3, 24, TODAY)).isEmpty();
		assertThat(TeamChecks.problems(oneDayLess, 3, 24, TODAY)).containsExactly(TeamProblem.SHORT_TERM);
		assertThat(TeamChecks.problems(oneDayLess, 3, 12, TODAY)).isEmpty();
	}

	@Test
	void healthyTeamBreaksNoRule() {
		assertThat(TeamChecks.problems(team(true, 3, true, TODAY.plusYears(1)), 3, TODAY)).isEmpty();
	}

	@Test
	void poorVillageTeamBelowTheMinimum() {
		assertThat(TeamChecks.problems(team(true, 2, true, TODAY.plusYears(1)), 3, TODAY))
			.containsExactly(TeamProblem.BELOW_MINIMUM);
		// The minimum in force decides: with a minimum of 2, two members suffice.
		assertThat(TeamChecks.problems(team(true, 2, true, TODAY.plusYears(1)), 2, TODAY)).isEmpty();
	}

	@Test
	void nonPoorVillageTeamMayHaveAnySize() {
		assertThat(TeamChecks.problems(team(false, 1, true, TODAY.plusYears(1)), 3, TODAY)).isEmpty();
	}

	@Test
	void teamWithoutLeader() {
		assertThat(TeamChecks.problems(team(false, 2, false, TODAY.plusYears(1)), 3, TODAY))
			.containsExactly(TeamProblem.NO_LEADER);
		assertThat(TeamChecks.problems(team(true, 0, false, TODAY.plusYears(1)), 3, TODAY))
			.containsExactly(TeamProblem.NO_LEADER, TeamProblem.BELOW_MINIMUM);
	}

	@Test
	void termEndingWithinSixtyDaysBothEndsIncluded() {
		assertThat(TeamChecks.problems(team(true, 3, true, TODAY.plusDays(61)), 3, TODAY)).isEmpty();
		assertThat(TeamChecks.problems(team(true, 3, true, TODAY.plusDays(60)), 3, TODAY))
			.containsExactly(TeamProblem.TERM_ENDING);
		assertThat(TeamChecks.problems(team(true, 3, true, TODAY), 3, TODAY)).containsExactly(TeamProblem.TERM_ENDING);
	}

	@Test
	void termOverWhileStillActive() {
		assertThat(TeamChecks.problems(team(true, 3, true, TODAY.minusDays(1)), 3, TODAY))
			.containsExactly(TeamProblem.TERM_OVER);
	}

	@Test
	void endedTeamBreaksNoRule() {
		TeamChecks.Facts ended = new TeamChecks.Facts(TeamStatus.ENDED, true, TODAY.minusYears(1), 0, false);
		assertThat(TeamChecks.problems(ended, 3, TODAY)).isEmpty();
	}
}
