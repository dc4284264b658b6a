package org.zhucun.leave.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.zhucun.leave.domain.ApprovalStep.OFFICE;
import static org.zhucun.leave.domain.ApprovalStep.TEAM_LEADER;
import static org.zhucun.leave.domain.ApprovalStep.TOWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalChainTest {

	private static ApprovalChain member(int days) {
		return ApprovalChain.select(days, false, 1, 3);
	}

	private static ApprovalChain leader(int days) {
		return ApprovalChain.select(days, true, 1, 3);
	}

	@Test
	void oneDayNeedsTheTeamLeaderOnly() {
		assertThat(member(1).steps()).containsExactly(TEAM_LEADER);
	}

	@Test
	void twoAndThreeDaysNeedTheTeamLeaderThenTheTown() {
		assertThat(member(2).steps()).containsExactly(TEAM_LEADER, TOWN);
		assertThat(member(3).steps()).containsExactly(TEAM_LEADER, TOWN);
	}

	@Test
	void fourDaysAndMoreAlsoNeedTheOffice() {
		assertThat(member(4).steps()).containsExactly(TEAM_LEADER, TOWN, OFFICE);
		assertThat(member(10).steps()).containsExactly(TEAM_LEADER, TOWN, OFFICE);
	}

	@Test
	void leadersOwnRequestSkipsTheTeamStep() {
		assertThat(leader(1).steps()).containsExactly(TOWN);
		assertThat(leader(3).steps()).containsExactly(TOWN);
		assertThat(leader(5).steps()).containsExactly(TOWN, OFFICE);
	}

	@ParameterizedTest
	@CsvSource({ "2, TEAM_LEADER", "3, TEAM_LEADER", "4, TEAM_LEADER TOWN", "7, TEAM_LEADER TOWN", "8, TEAM_LEADER TOWN OFFICE" })
	void otherSettingsMoveTheThresholds(int days, String expected) {
		List<ApprovalStep> steps = List.of(expected.split(" ")).stream().map(ApprovalStep::valueOf).toList();
		assertThat(ApprovalChain.select(days, false, 3, 7).steps()).isEqualTo(steps);
	}

	@Test
	void withNoTeamDaysEveryRequestGoesToTheTown() {
		assertThat(ApprovalChain.select(1, false, 0, 3).steps()).containsExactly(TEAM_LEADER, TOWN);
	}

	@Test
	void storedChainWinsOverSettingsChangedBeforeApproval() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		LeaveRequest request = LeaveRequest.submit(7L, LeaveType.PERSONAL, LocalDate.of(2026, 3, 20),
				LocalDate.of(2026, 3, 21), "family matter", null, false, false, LeavePolicy.defaults(), today);
		assertThat(request.chain().steps()).containsExactly(TEAM_LEADER, TOWN);

		// The office now lets the team leader alone approve up to 5 days: a new request of 2 days would need only
		// the team leader, but the request already made keeps its chain.
		LeavePolicy changed = new LeavePolicy(5, 10, 60, 3);
		assertThat(changed.chainFor(2, false).steps()).containsExactly(TEAM_LEADER);

		request.approve(TEAM_LEADER, 101L, Instant.parse("2026-03-11T01:00:00Z"));
		assertThat(request.state()).isEqualTo(LeaveState.PENDING);
		assertThat(request.isWaitingFor(TOWN)).isTrue();
		assertThat(request.chain().steps()).containsExactly(TEAM_LEADER, TOWN);

		request.approve(TOWN, 202L, Instant.parse("2026-03-11T02:00:00Z"));
		assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
	}

	@Test
	void storedChainIsRebuiltAsStored() {
		ApprovalChain chain = ApprovalChain.of(List.of(TEAM_LEADER, TOWN));
		assertThat(chain).isEqualTo(member(2));
		assertThat(chain.isLast(1)).isTrue();
		assertThat(chain.isLast(0)).isFalse();
	}

	@Test
	void storedChainMustBeInOrderAndNotEmpty() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApprovalChain.of(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> ApprovalChain.of(List.of(TOWN, TEAM_LEADER)));
		assertThatIllegalArgumentException().isThrownBy(() -> ApprovalChain.of(List.of(TOWN, TOWN)));
	}

	@Test
	void leaveLastsAtLeastOneDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> member(0));
	}
}
