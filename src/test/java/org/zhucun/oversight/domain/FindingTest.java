package org.zhucun.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * The finding's flow (DOMAIN §10) with a fixed day: every step allowed and refused for each kind of actor, the states
 * each step needs, the input rules, the deadline and the escalation of an overdue finding.
 */
class FindingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final Instant AT = Instant.parse("2026-11-28T02:00:00Z");

	private static final long UNIT = 7L;

	private static final long TOWN = 3L;

	private static final Actor OFFICE = Actor.office("脱贫办 刘芳");

	private static final Actor OWN_UNIT = Actor.unit(UNIT, "张丽");

	private static final Actor OTHER_UNIT = Actor.unit(8L, "别人");

	private static final Actor OWN_TOWN = Actor.town(TOWN, "李明");

	private static final Actor OTHER_TOWN = Actor.town(4L, "王五");

	private static final Actor TEAM = Actor.other("杨涛");

	private static final List<Actor> EVERYONE = List.of(OFFICE, OWN_UNIT, OTHER_UNIT, OWN_TOWN, OTHER_TOWN, TEAM);

	private static Finding open() {
		return Finding.open(OFFICE, FindingSource.SPOT_CHECK, Subject.cadre(11L, UNIT, 21L, TOWN), "  不在岗  ",
				TODAY.plusDays(15), new Fact(FactKind.SPOT_CHECK, 99L, null), TODAY, AT);
	}

	private static Finding in(FindingState state) {
		Finding f = open();
		if (state == FindingState.OPEN) {
			return f;
		}
		f.assign(OFFICE, AT);
		if (state == FindingState.ASSIGNED) {
			return f;
		}
		f.answer(OWN_UNIT, "已整改", TODAY, AT);
		if (state == FindingState.ANSWERED) {
			return f;
		}
		if (state == FindingState.SENT_BACK) {
			f.sendBack(OFFICE, "材料不全", AT);
			return f;
		}
		f.close(OFFICE, null, TODAY, AT);
		return f;
	}

	@Test
	void theOfficeOpensAFindingWithItsFactAndHistory() {
		Finding f = open();
		assertThat(f.state()).isEqualTo(FindingState.OPEN);
		assertThat(f.description()).isEqualTo("不在岗");
		assertThat(f.foundOn()).isEqualTo(TODAY);
		assertThat(f.subject()).isEqualTo(new Subject(SubjectKind.CADRE, UNIT, 21L, 11L, TOWN));
		assertThat(f.fact()).contains(new Fact(FactKind.SPOT_CHECK, 99L, null));
		assertThat(f.steps()).extracting(FindingStep::action).containsExactly(FindingAction.OPEN);
		Finding reduction = Finding.open(OFFICE, FindingSource.REPORT_REVIEW, Subject.team(21L, UNIT, TOWN), "减员",
				TODAY, new Fact(FactKind.REDUCTION, 21L, YearMonth.of(2026, 11)), TODAY, AT);
		assertThat(reduction.fact()).contains(new Fact(FactKind.REDUCTION, 21L, YearMonth.of(2026, 11)));
	}

	@Test
	void onlyTheOfficeOpensFindings() {
		for (Actor actor : List.of(OWN_UNIT, OTHER_UNIT, OWN_TOWN, OTHER_TOWN, TEAM)) {
			assertThatThrownBy(() -> Finding.open(actor, FindingSource.COMPLAINT, Subject.unit(UNIT), "x",
					TODAY.plusDays(1), null, TODAY, AT)).as(actor.kind().name())
				.isInstanceOfSatisfying(FindingRuleException.class, ex -> assertThat(ex.refused()).isTrue());
		}
	}

	@Test
	void badInputIsRefusedBesideItsField() {
		assertField(() -> Finding.open(OFFICE, FindingSource.COMPLAINT, Subject.unit(UNIT), " ", TODAY, null, TODAY,
				AT), Finding.DESCRIPTION, "oversight.finding.error.description-required");
		assertField(() -> Finding.open(OFFICE, FindingSource.COMPLAINT, Subject.unit(UNIT), "x".repeat(1001), TODAY,
				null, TODAY, AT), Finding.DESCRIPTION, "oversight.finding.error.description-too-long");
		assertField(() -> Finding.open(OFFICE, FindingSource.COMPLAINT, Subject.unit(UNIT), "x", null, null, TODAY,
				AT), Finding.DEADLINE, "oversight.finding.error.deadline-required");
		assertField(() -> Finding.open(OFFICE, FindingSource.COMPLAINT, Subject.unit(UNIT), "x", TODAY.minusDays(1),
				null, TODAY, AT), Finding.DEADLINE, "oversight.finding.error.deadline-past");
		assertField(() -> Finding.open(OFFICE, FindingSource.COMPLAINT, Subject.unit(UNIT), "x", TODAY.plusDays(367),
				null, TODAY, AT), Finding.DEADLINE, "oversight.finding.error.deadline-far");
		Finding assigned = in(FindingState.ASSIGNED);
		assertField(() -> assigned.answer(OWN_UNIT, "  ", TODAY, AT), Finding.ANSWER,
				"oversight.finding.error.answer-required");
		assertThat(assigned.state()).isEqualTo(FindingState.ASSIGNED);
		Finding answered = in(FindingState.ANSWERED);
		assertField(() -> answered.sendBack(OFFICE, "", AT), Finding.REASON, "oversight.finding.error.reason-required");
		assertThat(answered.state()).isEqualTo(FindingState.ANSWERED);
	}

	/** Who may take which step in which state: exactly these, everything else refused. */
	@Test
	void everyStepPerRoleAndState() {
		Map<FindingAction, Consumer<Finding>> byOffice = Map.of(FindingAction.ASSIGN, f -> f.assign(OFFICE, AT),
				FindingAction.SEND_BACK, f -> f.sendBack(OFFICE, "补充照片", AT), FindingAction.CLOSE,
				f -> f.close(OFFICE, "已核实", TODAY, AT));
		for (FindingState state : FindingState.values()) {
			for (Actor actor : EVERYONE) {
				for (FindingAction action : List.of(FindingAction.ASSIGN, FindingAction.ANSWER, FindingAction.SEND_BACK,
						FindingAction.CLOSE)) {
					Finding f = in(state);
					boolean whoMay = action == FindingAction.ANSWER ? actor == OWN_UNIT : actor == OFFICE;
					boolean stateAllows = switch (action) {
						case ASSIGN -> state == FindingState.OPEN;
						case ANSWER -> state == FindingState.ASSIGNED || state == FindingState.SENT_BACK;
						default -> state == FindingState.ANSWERED;
					};
					String what = actor.name() + " " + action + " in " + state;
					assertThat(f.may(actor, action)).as(what).isEqualTo(whoMay && stateAllows);
					Runnable step = action == FindingAction.ANSWER ? () -> f.answer(actor, "已整改到位", TODAY, AT)
							: actor == OFFICE ? () -> byOffice.get(action).accept(f) : () -> {
								switch (action) {
									case ASSIGN -> f.assign(actor, AT);
									case SEND_BACK -> f.sendBack(actor, "补充照片", AT);
									default -> f.close(actor, null, TODAY, AT);
								}
							};
					if (whoMay && stateAllows) {
						step.run();
						assertThat(f.state()).as(what).isEqualTo(switch (action) {
							case ASSIGN -> FindingState.ASSIGNED;
							case ANSWER -> FindingState.ANSWERED;
							case SEND_BACK -> FindingState.SENT_BACK;
							default -> FindingState.CLOSED;
						});
						assertThat(f.steps().get(f.steps().size() - 1).action()).as(what).isEqualTo(action);
					}
					else {
						assertThatThrownBy(step::run).as(what)
							.isInstanceOfSatisfying(FindingRuleException.class,
									ex -> assertThat(ex.refused()).as(what).isEqualTo(!whoMay));
						assertThat(f.state()).as(what).isEqualTo(state);
					}
				}
			}
		}
	}

	@Test
	void aSentBackFindingIsAnsweredAgainAndClosed() {
		Finding f = in(FindingState.SENT_BACK);
		assertThat(f.sendBackReason()).contains("材料不全");
		f.answer(OWN_UNIT, "已补充照片", TODAY.plusDays(2), AT);
		f.close(OFFICE, "核实无误", TODAY.plusDays(3), AT);
		assertThat(f.state()).isEqualTo(FindingState.CLOSED);
		assertThat(f.answer()).contains("已补充照片");
		assertThat(f.closedOn()).contains(TODAY.plusDays(3));
		assertThat(f.steps()).extracting(FindingStep::action)
			.containsExactly(FindingAction.OPEN, FindingAction.ASSIGN, FindingAction.ANSWER, FindingAction.SEND_BACK,
					FindingAction.ANSWER, FindingAction.CLOSE);
	}

	@Test
	void whoSeesAFinding() {
		Finding f = open();
		assertThat(EVERYONE.stream().filter(f::visibleTo)).containsExactly(OFFICE, OWN_UNIT, OWN_TOWN);
		Finding aboutUnit = Finding.open(OFFICE, FindingSource.COMPLAINT, Subject.unit(UNIT), "x", TODAY, null, TODAY,
				AT);
		assertThat(EVERYONE.stream().filter(aboutUnit::visibleTo)).containsExactly(OFFICE, OWN_UNIT);
	}

	@Test
	void aFindingIsOverdueTheDayAfterItsDeadlineUntilTheUnitAnswers() {
		LocalDate deadline = TODAY.plusDays(15);
		for (FindingState state : FindingState.values()) {
			Finding f = in(state);
			assertThat(f.isOverdue(deadline)).as(state.name()).isFalse();
			assertThat(f.isOverdue(deadline.plusDays(1))).as(state.name())
				.isEqualTo(state == FindingState.OPEN || state == FindingState.ASSIGNED
						|| state == FindingState.SENT_BACK);
		}
	}

	@Test
	void anOverdueFindingIsEscalatedOnce() {
		Finding f = in(FindingState.ASSIGNED);
		LocalDate deadline = f.deadline();
		assertThat(f.escalate(deadline, AT)).isFalse();
		assertThat(f.escalatedOn()).isEmpty();
		assertThat(f.escalate(deadline.plusDays(1), AT)).isTrue();
		assertThat(f.escalatedOn()).contains(deadline.plusDays(1));
		assertThat(f.escalate(deadline.plusDays(2), AT)).isFalse();
		assertThat(f.escalatedOn()).contains(deadline.plusDays(1));
		assertThat(f.steps()).extracting(FindingStep::action).endsWith(FindingAction.ESCALATE);
		// Escalated, it stays overdue until answered; answered, it is overdue no more.
		assertThat(f.isOverdue(deadline.plusDays(2))).isTrue();
		f.answer(OWN_UNIT, "已整改", deadline.plusDays(2), AT);
		assertThat(f.isOverdue(deadline.plusDays(3))).isFalse();
		Finding answered = in(FindingState.ANSWERED);
		assertThat(answered.escalate(deadline.plusDays(5), AT)).isFalse();
	}

	private static void assertField(Runnable step, String field, String key) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(FindingRuleException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}
}
