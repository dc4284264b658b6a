package org.zhucun.leave.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhucun.leave.domain.ApprovalStep.OFFICE;
import static org.zhucun.leave.domain.ApprovalStep.TEAM_LEADER;
import static org.zhucun.leave.domain.ApprovalStep.TOWN;
import static org.zhucun.leave.domain.Refusals.assertRefused;
import static org.zhucun.leave.domain.Refusals.assertRefusedBeside;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeaveRequestTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

	private static final long CADRE = 7L;

	private static final long LEADER = 101L;

	private static final long TOWN_OFFICIAL = 202L;

	private static final long OFFICE_CLERK = 303L;

	private static LeaveRequest submit(String first, String last) {
		return LeaveRequest.submit(CADRE, LeaveType.PERSONAL, LocalDate.parse(first), LocalDate.parse(last),
				"family matter", null, false, false, LeavePolicy.defaults(), TODAY);
	}

	/** Two days from 2026-03-20: team leader, then town. */
	private static LeaveRequest twoDays() {
		return submit("2026-03-20", "2026-03-21");
	}

	private static LeaveRequest approvedTwoDays() {
		LeaveRequest request = twoDays();
		request.approve(TEAM_LEADER, LEADER, NOW);
		request.approve(TOWN, TOWN_OFFICIAL, NOW);
		return request;
	}

	@Nested
	class Submission {

		@Test
		void newRequestWaitsForTheFirstStep() {
			LeaveRequest request = LeaveRequest.submit(CADRE, LeaveType.SICK, LocalDate.of(2026, 3, 20),
					LocalDate.of(2026, 3, 24), "  surgery  ", " 13800000000 ", false, false, LeavePolicy.defaults(),
					TODAY);
			assertThat(request.state()).isEqualTo(LeaveState.PENDING);
			assertThat(request.period().days()).isEqualTo(5);
			assertThat(request.chain().steps()).containsExactly(TEAM_LEADER, TOWN, OFFICE);
			assertThat(request.currentStep()).contains(TEAM_LEADER);
			assertThat(request.isWaitingFor(TEAM_LEADER)).isTrue();
			assertThat(request.isWaitingFor(TOWN)).isFalse();
			assertThat(request.reason()).isEqualTo("surgery");
			assertThat(request.contactPhone()).contains("13800000000");
			assertThat(request.decisions()).isEmpty();
			assertThat(request.daysTaken()).isZero();
		}

		@Test
		void blankContactPhoneIsNone() {
			LeaveRequest request = LeaveRequest.submit(CADRE, LeaveType.OTHER, TODAY, TODAY, "errand", "  ", false,
					false, LeavePolicy.defaults(), TODAY);
			assertThat(request.contactPhone()).isEmpty();
		}

		@Test
		void leadersOwnRequestStartsAtTheTown() {
			LeaveRequest request = LeaveRequest.submit(CADRE, LeaveType.PERSONAL, TODAY, TODAY, "errand", null, true,
					false, LeavePolicy.defaults(), TODAY);
			assertThat(request.currentStep()).contains(TOWN);
		}

		@Test
		void lastDayBeforeFirstDayIsRefused() {
			assertRefusedBeside(() -> submit("2026-03-20", "2026-03-19"), "lastDay", "leave.error.last-before-first");
		}

		@Test
		void missingReasonIsRefused() {
			for (String reason : new String[] { null, "", "   " }) {
				assertRefusedBeside(() -> LeaveRequest.submit(CADRE, LeaveType.PERSONAL, TODAY, TODAY, reason, null,
						false, false, LeavePolicy.defaults(), TODAY), "reason", "leave.error.reason-required");
			}
		}

		@Test
		void sixtyDaysAreAllowedAndSixtyOneRefused() {
			assertThat(submit("2026-03-20", "2026-05-18").period().days()).isEqualTo(60);
			LeaveRuleException refusal = assertRefused(() -> submit("2026-03-20", "2026-05-19"), "leave.error.too-long");
			assertThat(refusal.field()).isEqualTo("lastDay");
			assertThat(refusal.args()).containsExactly(60);
		}

		@Test
		void backdatingIsLimitedToTheSetting() {
			assertThat(submit("2026-03-07", "2026-03-08").state()).isEqualTo(LeaveState.PENDING);
			LeaveRuleException refusal = assertRefused(() -> submit("2026-03-06", "2026-03-08"),
					"leave.error.too-far-back");
			assertThat(refusal.field()).isEqualTo("firstDay");
			assertThat(refusal.args()).containsExactly(3);
		}

		@Test
		void officeMayRecordOlderLeaveUpToAYear() {
			LeaveRequest recorded = LeaveRequest.submit(CADRE, LeaveType.SICK, LocalDate.of(2026, 1, 5),
					LocalDate.of(2026, 1, 6), "hospital", null, false, true, LeavePolicy.defaults(), TODAY);
			assertThat(recorded.state()).isEqualTo(LeaveState.PENDING);
			assertRefusedBeside(() -> LeaveRequest.submit(CADRE, LeaveType.SICK, LocalDate.of(2025, 3, 9),
					LocalDate.of(2025, 3, 10), "hospital", null, false, true, LeavePolicy.defaults(), TODAY), "firstDay",
					"leave.error.too-far-back-for-office");
		}

		@Test
		void dateFarInThePastIsRefused() {
			assertRefusedBeside(() -> submit("1926-03-10", "1926-03-11"), "firstDay", "leave.error.too-far-back");
		}

		@Test
		void dateFarInTheFutureIsRefused() {
			assertThat(submit("2027-03-10", "2027-03-10").state()).isEqualTo(LeaveState.PENDING);
			assertRefusedBeside(() -> submit("2027-03-11", "2027-03-11"), "firstDay", "leave.error.too-far-ahead");
			assertRefusedBeside(() -> submit("2126-03-10", "2126-03-11"), "firstDay", "leave.error.too-far-ahead");
		}
	}

	@Nested
	class Approval {

		@Test
		void eachStepApprovesInTurnAndTheLastApprovesTheRequest() {
			LeaveRequest request = submit("2026-03-20", "2026-03-25");
			request.approve(TEAM_LEADER, LEADER, NOW);
			assertThat(request.currentStep()).contains(TOWN);
			request.approve(TOWN, TOWN_OFFICIAL, NOW);
			assertThat(request.currentStep()).contains(OFFICE);
			assertThat(request.state()).isEqualTo(LeaveState.PENDING);
			request.approve(OFFICE, OFFICE_CLERK, NOW);
			assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
			assertThat(request.currentStep()).isEmpty();
			assertThat(request.decisions()).extracting(Decision::step, Decision::decidedBy, Decision::approved)
				.containsExactly(tuple(TEAM_LEADER, LEADER, true),
						tuple(TOWN, TOWN_OFFICIAL, true),
						tuple(OFFICE, OFFICE_CLERK, true));
			assertThat(request.daysTaken()).isEqualTo(6);
		}

		@Test
		void singleStepApprovalApprovesTheRequest() {
			LeaveRequest request = submit("2026-03-20", "2026-03-20");
			request.approve(TEAM_LEADER, LEADER, NOW);
			assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
		}

		@Test
		void stepNotReachedYetIsRefused() {
			LeaveRequest request = twoDays();
			assertRefused(() -> request.approve(TOWN, TOWN_OFFICIAL, NOW), "leave.error.not-current-step");
			assertRefused(() -> request.reject(TOWN, TOWN_OFFICIAL, "no", NOW), "leave.error.not-current-step");
			assertThat(request.decisions()).isEmpty();
		}

		@Test
		void stepNotInTheChainIsRefused() {
			LeaveRequest request = twoDays();
			request.approve(TEAM_LEADER, LEADER, NOW);
			assertRefused(() -> request.approve(OFFICE, OFFICE_CLERK, NOW), "leave.error.not-current-step");
			assertThat(request.isWaitingFor(TOWN)).isTrue();
		}

		@Test
		void secondApprovalOfTheSameStepIsStale() {
			LeaveRequest request = twoDays();
			request.approve(TEAM_LEADER, LEADER, NOW);
			LeaveRuleException refusal = assertRefused(() -> request.approve(TEAM_LEADER, 102L, NOW),
					"leave.error.already-decided");
			assertThat(refusal.isStale()).isTrue();
			assertThat(request.decisions()).hasSize(1);
		}

		@Test
		void approvingAnApprovedRequestIsStale() {
			LeaveRequest request = approvedTwoDays();
			assertRefused(() -> request.approve(TOWN, 203L, NOW), "leave.error.already-decided");
			assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
		}

		@Test
		void approvingARejectedStepIsStale() {
			LeaveRequest request = twoDays();
			request.reject(TEAM_LEADER, LEADER, "harvest week", NOW);
			assertRefused(() -> request.approve(TEAM_LEADER, 102L, NOW), "leave.error.already-decided");
			assertThat(request.state()).isEqualTo(LeaveState.REJECTED);
		}

		@Test
		void approvingAfterAnEarlierStepRejectedIsRefused() {
			LeaveRequest request = twoDays();
			request.reject(TEAM_LEADER, LEADER, "harvest week", NOW);
			assertRefused(() -> request.approve(TOWN, TOWN_OFFICIAL, NOW), "leave.error.not-pending");
		}

		@Test
		void approvingACancelledRequestIsRefused() {
			LeaveRequest request = twoDays();
			request.cancel(CADRE, TODAY);
			assertRefused(() -> request.approve(TEAM_LEADER, LEADER, NOW), "leave.error.not-pending");
			assertRefused(() -> request.reject(TEAM_LEADER, LEADER, "no", NOW), "leave.error.not-pending");
		}

		@Test
		void rejectionEndsTheRequestWithItsReason() {
			LeaveRequest request = twoDays();
			request.approve(TEAM_LEADER, LEADER, NOW);
			request.reject(TOWN, TOWN_OFFICIAL, " inspection that week ", NOW);
			assertThat(request.state()).isEqualTo(LeaveState.REJECTED);
			assertThat(request.currentStep()).isEmpty();
			assertThat(request.decisions()).last().satisfies(d -> {
				assertThat(d.approved()).isFalse();
				assertThat(d.comment()).isEqualTo("inspection that week");
				assertThat(d.step()).isEqualTo(TOWN);
			});
			assertThat(request.daysTaken()).isZero();
		}

		@Test
		void rejectionWithoutReasonIsRefused() {
			LeaveRequest request = twoDays();
			assertRefusedBeside(() -> request.reject(TEAM_LEADER, LEADER, "  ", NOW), "reason",
					"leave.error.rejection-reason-required");
			assertRefused(() -> request.reject(TEAM_LEADER, LEADER, null, NOW), "leave.error.rejection-reason-required");
			assertThat(request.state()).isEqualTo(LeaveState.PENDING);
			assertThat(request.decisions()).isEmpty();
		}

		@Test
		void secondRejectionOfTheSameStepIsStale() {
			LeaveRequest request = twoDays();
			request.approve(TEAM_LEADER, LEADER, NOW);
			assertRefused(() -> request.reject(TEAM_LEADER, 102L, "too late", NOW), "leave.error.already-decided");
		}
	}

	@Nested
	class Cancellation {

		@Test
		void requesterCancelsWhilePending() {
			LeaveRequest request = twoDays();
			request.approve(TEAM_LEADER, LEADER, NOW);
			request.cancel(CADRE, TODAY);
			assertThat(request.state()).isEqualTo(LeaveState.CANCELLED);
			assertThat(request.currentStep()).isEmpty();
		}

		@Test
		void requesterCancelsApprovedLeaveUntilTheDayBeforeItStarts() {
			LeaveRequest request = approvedTwoDays();
			request.cancel(CADRE, LocalDate.of(2026, 3, 19));
			assertThat(request.state()).isEqualTo(LeaveState.CANCELLED);
			assertThat(request.daysTaken()).isZero();
		}

		@Test
		void cancellingLeaveThatHasStartedIsRefused() {
			LeaveRequest request = approvedTwoDays();
			assertRefused(() -> request.cancel(CADRE, LocalDate.of(2026, 3, 20)), "leave.error.already-started");
			assertRefused(() -> request.cancel(CADRE, LocalDate.of(2026, 4, 1)), "leave.error.already-started");
			assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
		}

		@Test
		void onlyTheRequesterCancels() {
			LeaveRequest request = twoDays();
			assertRefused(() -> request.cancel(8L, TODAY), "leave.error.not-requester");
			assertThat(request.state()).isEqualTo(LeaveState.PENDING);
		}

		@Test
		void closedRequestsCannotBeCancelled() {
			LeaveRequest rejected = twoDays();
			rejected.reject(TEAM_LEADER, LEADER, "no", NOW);
			assertRefused(() -> rejected.cancel(CADRE, TODAY), "leave.error.not-cancellable");

			LeaveRequest cancelled = twoDays();
			cancelled.cancel(CADRE, TODAY);
			assertRefused(() -> cancelled.cancel(CADRE, TODAY), "leave.error.not-cancellable");

			LeaveRequest returned = approvedTwoDays();
			returned.returnFrom(LocalDate.of(2026, 3, 22));
			assertRefused(() -> returned.cancel(CADRE, TODAY), "leave.error.not-cancellable");
		}
	}

	@Nested
	class Return {

		@Test
		void returnOnTheDayAfterTheLastDayTakesEveryDay() {
			LeaveRequest request = approvedTwoDays();
			EarlyReturn split = request.returnFrom(LocalDate.of(2026, 3, 22));
			assertThat(request.state()).isEqualTo(LeaveState.RETURNED);
			assertThat(request.actualReturnDate()).contains(LocalDate.of(2026, 3, 22));
			assertThat(split.daysFreed()).isZero();
			assertThat(request.daysTaken()).isEqualTo(2);
		}

		@Test
		void earlyReturnFreesTheRemainingDays() {
			LeaveRequest request = submit("2026-03-20", "2026-03-29");
			request.approve(TEAM_LEADER, LEADER, NOW);
			request.approve(TOWN, TOWN_OFFICIAL, NOW);
			request.approve(OFFICE, OFFICE_CLERK, NOW);
			EarlyReturn split = request.returnFrom(LocalDate.of(2026, 3, 24));
			assertThat(split.freed()).contains(new LeavePeriod(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 29)));
			assertThat(split.daysFreed()).isEqualTo(6);
			assertThat(request.daysTaken()).isEqualTo(4);
			assertThat(request.periodTaken()).contains(new LeavePeriod(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23)));
		}

		@Test
		void returnOnTheFirstDayTakesNoDay() {
			LeaveRequest request = approvedTwoDays();
			EarlyReturn split = request.returnFrom(LocalDate.of(2026, 3, 20));
			assertThat(split.daysFreed()).isEqualTo(2);
			assertThat(request.daysTaken()).isZero();
			assertThat(request.periodTaken()).isEmpty();
		}

		@Test
		void returnBeforeTheStartIsRefused() {
			LeaveRequest request = approvedTwoDays();
			assertRefused(() -> request.returnFrom(LocalDate.of(2026, 3, 19)), "leave.error.return-before-start");
			assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
		}

		@Test
		void returnLaterThanTheDayAfterTheLastDayIsRefused() {
			LeaveRequest request = approvedTwoDays();
			assertRefused(() -> request.returnFrom(LocalDate.of(2026, 3, 23)), "leave.error.return-after-end");
			assertThat(request.state()).isEqualTo(LeaveState.APPROVED);
		}

		@Test
		void returningTwiceIsRefused() {
			LeaveRequest request = approvedTwoDays();
			request.returnFrom(LocalDate.of(2026, 3, 21));
			assertRefused(() -> request.returnFrom(LocalDate.of(2026, 3, 22)), "leave.error.already-returned");
			assertThat(request.actualReturnDate()).contains(LocalDate.of(2026, 3, 21));
		}

		@Test
		void returnFromLeaveNotApprovedIsRefused() {
			LeaveRequest pending = twoDays();
			assertRefused(() -> pending.returnFrom(LocalDate.of(2026, 3, 21)), "leave.error.not-approved");

			LeaveRequest rejected = twoDays();
			rejected.reject(TEAM_LEADER, LEADER, "no", NOW);
			assertRefused(() -> rejected.returnFrom(LocalDate.of(2026, 3, 21)), "leave.error.not-approved");

			LeaveRequest cancelled = twoDays();
			cancelled.cancel(CADRE, TODAY);
			assertRefused(() -> cancelled.returnFrom(LocalDate.of(2026, 3, 21)), "leave.error.not-approved");
		}

		@Test
		void approvingAReturnedRequestIsStale() {
			LeaveRequest request = approvedTwoDays();
			request.returnFrom(LocalDate.of(2026, 3, 22));
			assertRefused(() -> request.approve(TOWN, TOWN_OFFICIAL, NOW), "leave.error.already-decided");
		}
	}

	@Nested
	class Reconstitution {

		@Test
		void storedRequestContinuesWhereItStopped() {
			LeaveRequest stored = new LeaveRequest(CADRE, LeaveType.ANNUAL,
					new LeavePeriod(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21)), "trip", null,
					List.of(TEAM_LEADER, TOWN), 1, LeaveState.PENDING,
					List.of(new Decision(TEAM_LEADER, LEADER, true, null, NOW)), null);
			assertThat(stored.isWaitingFor(TOWN)).isTrue();
			assertRefused(() -> stored.approve(TEAM_LEADER, LEADER, NOW), "leave.error.already-decided");
			stored.approve(TOWN, TOWN_OFFICIAL, NOW);
			assertThat(stored.state()).isEqualTo(LeaveState.APPROVED);
			assertThat(stored.decisions()).hasSize(2);
		}

		@Test
		void decisionsCannotBeChangedFromOutside() {
			LeaveRequest request = twoDays();
			request.approve(TEAM_LEADER, LEADER, NOW);
			assertThat(request.decisions()).isUnmodifiable();
		}
	}
}
