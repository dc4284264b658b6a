package org.zhucun.pairings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhucun.pairings.domain.MonitoringActor.OFFICE;
import static org.zhucun.pairings.domain.MonitoringActor.OTHER;
import static org.zhucun.pairings.domain.MonitoringActor.TOWN;
import static org.zhucun.pairings.domain.MonitoringActor.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhucun.shared.domain.BusinessRuleException;

/** The monitoring state machine: every step by its owner only, in order, the publicity and the 15-day deadline. */
class MonitoringCaseTest {

	private static final LocalDate FLAG = LocalDate.of(2026, 11, 2);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static MonitoringCase flagged() {
		return new MonitoringCase(1L, FLAG, MonitoringSource.CADRE_VISIT, "因病支出骤增", new BigDecimal("5200"), 15, TODAY);
	}

	private static MonitoringCase inPublicity() {
		MonitoringCase c = flagged();
		c.verify(UNIT, FLAG.plusDays(1), TODAY);
		c.publish(TOWN, FLAG.plusDays(2), TODAY);
		return c;
	}

	private static MonitoringCase townApproved() {
		MonitoringCase c = inPublicity();
		c.townReview(TOWN, true, null, FLAG.plusDays(7), 5, TODAY);
		return c;
	}

	private static MonitoringCase confirmed() {
		MonitoringCase c = townApproved();
		c.confirm(OFFICE, true, null, FLAG.plusDays(9), TODAY);
		return c;
	}

	@Test
	void theWholeWayToRiskCleared() {
		MonitoringCase c = confirmed();
		assertThat(c.getState()).isEqualTo(MonitoringState.CONFIRMED);
		assertThat(c.getDeadline()).isEqualTo(FLAG.plusDays(15));
		c.requireMeasures(UNIT);
		c.clear(TOWN, TODAY, "收入恢复，风险消除", 1, TODAY);
		assertThat(c.getState()).isEqualTo(MonitoringState.CLEARED);
		assertThat(c.getState().inProgress()).isFalse();
	}

	@Test
	void verifyOnlyByTheUnitAndPublishOnlyByTheTown() {
		for (MonitoringActor actor : MonitoringActor.values()) {
			MonitoringCase c = flagged();
			if (actor == UNIT) {
				c.verify(actor, FLAG, TODAY);
				assertThat(c.getState()).isEqualTo(MonitoringState.VERIFIED);
			}
			else {
				assertThatThrownBy(() -> c.verify(actor, FLAG, TODAY)).as(actor.name())
					.isInstanceOf(AccessDeniedException.class);
				assertThat(c.getState()).isEqualTo(MonitoringState.FLAGGED);
			}
			MonitoringCase v = flagged();
			v.verify(UNIT, FLAG, TODAY);
			if (actor == TOWN) {
				v.publish(actor, FLAG.plusDays(1), TODAY);
				assertThat(v.getState()).isEqualTo(MonitoringState.IN_PUBLICITY);
			}
			else {
				assertThatThrownBy(() -> v.publish(actor, FLAG.plusDays(1), TODAY)).as(actor.name())
					.isInstanceOf(AccessDeniedException.class);
			}
		}
	}

	@Test
	void theOwnersOfTheSteps() {
		for (MonitoringStep step : MonitoringStep.values()) {
			EnumSet<MonitoringActor> owners = EnumSet.noneOf(MonitoringActor.class);
			for (MonitoringActor actor : MonitoringActor.values()) {
				if (actor.owns(step)) {
					owners.add(actor);
				}
			}
			assertThat(owners).as(step.name()).hasSize(1).doesNotContain(OTHER);
		}
		assertThatThrownBy(() -> inPublicity().townReview(UNIT, true, null, TODAY, 5, TODAY))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> townApproved().confirm(TOWN, true, null, TODAY, TODAY))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> confirmed().requireMeasures(TOWN)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> confirmed().clear(UNIT, TODAY, "x", 1, TODAY)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> townApproved().confirm(OTHER, true, null, TODAY, TODAY))
			.isInstanceOf(AccessDeniedException.class);
	}

	/** Takes the step on the case as the actor, with days the rules accept. */
	private static void take(MonitoringStep step, MonitoringActor actor, MonitoringCase c) {
		switch (step) {
			case VERIFY -> c.verify(actor, FLAG.plusDays(1), TODAY);
			case PUBLISH -> c.publish(actor, FLAG.plusDays(2), TODAY);
			case TOWN_REVIEW -> c.townReview(actor, true, null, FLAG.plusDays(7), 5, TODAY);
			case CONFIRM -> c.confirm(actor, true, null, FLAG.plusDays(9), TODAY);
			case MEASURE -> c.requireMeasures(actor);
			case CLEAR -> c.clear(actor, TODAY, "收入恢复", 1, TODAY);
		}
	}

	/** @return a case in the state from which the step is taken */
	private static MonitoringCase readyFor(MonitoringStep step) {
		return switch (step) {
			case VERIFY -> flagged();
			case PUBLISH -> {
				MonitoringCase c = flagged();
				c.verify(UNIT, FLAG.plusDays(1), TODAY);
				yield c;
			}
			case TOWN_REVIEW -> inPublicity();
			case CONFIRM -> townApproved();
			case MEASURE, CLEAR -> confirmed();
		};
	}

	@Test
	void everyStepIsAllowedToItsOwnerAndRefusedToEveryOtherRole() {
		for (MonitoringStep step : MonitoringStep.values()) {
			for (MonitoringActor actor : MonitoringActor.values()) {
				MonitoringCase c = readyFor(step);
				MonitoringState before = c.getState();
				if (actor.owns(step)) {
					take(step, actor, c);
					assertThat(c.getState()).as(step + " by " + actor)
						.isEqualTo(switch (step) {
							case VERIFY -> MonitoringState.VERIFIED;
							case PUBLISH -> MonitoringState.IN_PUBLICITY;
							case TOWN_REVIEW -> MonitoringState.TOWN_APPROVED;
							case CONFIRM, MEASURE -> MonitoringState.CONFIRMED;
							case CLEAR -> MonitoringState.CLEARED;
						});
				}
				else {
					assertThatThrownBy(() -> take(step, actor, c)).as(step + " by " + actor)
						.isInstanceOf(AccessDeniedException.class);
					assertThat(c.getState()).as(step + " by " + actor + " changes nothing").isEqualTo(before);
				}
			}
		}
	}

	@Test
	void everyStepIsRefusedFromEveryOtherState() {
		java.util.List<MonitoringCase> cases = new java.util.ArrayList<>(
				java.util.List.of(flagged(), readyFor(MonitoringStep.PUBLISH), inPublicity(), townApproved(), confirmed()));
		MonitoringCase cleared = confirmed();
		cleared.clear(TOWN, TODAY, "收入恢复", 1, TODAY);
		MonitoringCase notIncluded = inPublicity();
		notIncluded.townReview(TOWN, false, "收入高于标准", FLAG.plusDays(8), 5, TODAY);
		cases.add(cleared);
		cases.add(notIncluded);
		for (MonitoringStep step : MonitoringStep.values()) {
			MonitoringState from = readyFor(step).getState();
			MonitoringActor owner = java.util.Arrays.stream(MonitoringActor.values())
				.filter(a -> a.owns(step))
				.findFirst()
				.orElseThrow();
			for (MonitoringCase c : cases) {
				if (c.getState() != from) {
					MonitoringState before = c.getState();
					assertThatThrownBy(() -> take(step, owner, c)).as(step + " from " + before)
						.isInstanceOf(BusinessRuleException.class)
						.hasMessage(MonitoringCase.WRONG_STATE);
					assertThat(c.getState()).isEqualTo(before);
				}
			}
		}
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		assertThatThrownBy(() -> flagged().publish(TOWN, TODAY, TODAY)).isInstanceOf(BusinessRuleException.class)
			.hasMessage(MonitoringCase.WRONG_STATE);
		assertThatThrownBy(() -> flagged().confirm(OFFICE, true, null, TODAY, TODAY))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> inPublicity().confirm(OFFICE, true, null, TODAY, TODAY))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> townApproved().clear(TOWN, TODAY, "x", 1, TODAY)).isInstanceOf(BusinessRuleException.class);
		MonitoringCase confirmed = confirmed();
		assertThatThrownBy(() -> confirmed.clear(TOWN, TODAY, "收入恢复", 0, TODAY)).as("measures first")
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("pairings.monitoring.measures.first");
		MonitoringCase twice = flagged();
		twice.verify(UNIT, FLAG, TODAY);
		assertThatThrownBy(() -> twice.verify(UNIT, FLAG, TODAY)).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aPublicityShorterThanFiveDaysIsRefused() {
		MonitoringCase c = inPublicity();
		LocalDate published = c.getPublicityFrom();
		assertThatThrownBy(() -> c.townReview(TOWN, true, null, published.plusDays(4), 5, TODAY))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("pairings.monitoring.publicity.too-short");
		assertThat(c.getState()).isEqualTo(MonitoringState.IN_PUBLICITY);
		c.townReview(TOWN, true, null, published.plusDays(5), 5, TODAY);
		assertThat(c.getState()).isEqualTo(MonitoringState.TOWN_APPROVED);
	}

	@Test
	void notIncludedAtAReviewStepNeedsAReason() {
		MonitoringCase town = inPublicity();
		assertThatThrownBy(() -> town.townReview(TOWN, false, " ", FLAG.plusDays(8), 5, TODAY))
			.isInstanceOf(BusinessRuleException.class);
		town.townReview(TOWN, false, "收入高于标准", FLAG.plusDays(8), 5, TODAY);
		assertThat(town.getState()).isEqualTo(MonitoringState.NOT_INCLUDED);
		assertThat(town.getCloseReason()).isEqualTo("收入高于标准");

		MonitoringCase district = townApproved();
		district.confirm(OFFICE, false, "已纳入低保兜底", FLAG.plusDays(10), TODAY);
		assertThat(district.getState()).isEqualTo(MonitoringState.NOT_INCLUDED);
		assertThat(district.pastDeadline(TODAY)).as("ended cases are never late").isFalse();
	}

	@Test
	void theFifteenDayDeadline() {
		MonitoringCase c = inPublicity();
		assertThat(c.pastDeadline(FLAG.plusDays(15))).as("the deadline's own day").isFalse();
		assertThat(c.pastDeadline(FLAG.plusDays(16))).isTrue();
		assertThat(confirmed().pastDeadline(FLAG.plusDays(30))).as("confirmed in time").isFalse();
	}

	@Test
	void datesAreNotInTheFutureNorBeforeTheStepBefore() {
		assertThatThrownBy(() -> new MonitoringCase(1L, TODAY.plusDays(1), MonitoringSource.SELF_REPORT, "r", null, 15,
				TODAY)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> flagged().verify(UNIT, FLAG.minusDays(1), TODAY)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("pairings.monitoring.date.before");
		assertThatThrownBy(() -> flagged().verify(UNIT, TODAY.plusDays(1), TODAY)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("pairings.monitoring.date.future");
		assertThatThrownBy(() -> new MonitoringCase(1L, FLAG, MonitoringSource.SELF_REPORT, "r", new BigDecimal("-1"), 15,
				TODAY)).isInstanceOf(BusinessRuleException.class);
	}
}
