package org.zhucun.monthlyreports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhucun.monthlyreports.ReportSettings;
import org.zhucun.monthlyreports.ReportState;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.settings.PolicySettings;

/** The monthly report's state machine per actor, and the due day's edges in Asia/Shanghai. */
class ReportRulesTest {

	private static final LocalDate DUE = LocalDate.of(2026, 11, 25);

	@Test
	void everyTransitionIsAllowedToItsActorFromItsStatesOnly() {
		Map<String, Boolean> expected = new HashMap<>();
		expected.put("UNIT DRAFT null", true);
		for (ReportState editable : new ReportState[] { ReportState.DRAFT, ReportState.RETURNED }) {
			expected.put("UNIT EDIT " + editable, true);
			expected.put("UNIT SUBMIT " + editable, true);
		}
		expected.put("OFFICE ACCEPT SUBMITTED", true);
		expected.put("OFFICE RETURN SUBMITTED", true);
		expected.put("OFFICE REOPEN ACCEPTED", true);
		int allowed = 0;
		for (ReportActor actor : ReportActor.values()) {
			for (ReportAction action : ReportAction.values()) {
				for (ReportState state : new ReportState[] { null, ReportState.DRAFT, ReportState.SUBMITTED,
						ReportState.RETURNED, ReportState.ACCEPTED }) {
					String key = actor + " " + action + " " + state;
					boolean allows = ReportRules.allows(actor, action, state);
					assertThat(allows).as(key).isEqualTo(expected.getOrDefault(key, false));
					allowed += allows ? 1 : 0;
					if (!allows) {
						assertThatThrownBy(() -> ReportRules.check(actor, action, state)).as(key)
							.isInstanceOf(BusinessRuleException.class)
							.hasMessage("monthlyreports.error.not-allowed");
					}
				}
			}
		}
		assertThat(allowed).isEqualTo(expected.size());
	}

	@Test
	void theReportGoesFromDraftThroughAReturnToAcceptedAndIsReopenedByTheOfficeOnly() {
		MonthlyReport report = new MonthlyReport(ReportActor.UNIT, 1L, YearMonth.of(2026, 11), DUE, "{}",
				Instant.parse("2026-11-01T02:00:00Z"));
		assertThat(report.getState()).isEqualTo(ReportState.DRAFT);
		assertThatThrownBy(() -> report.submit(ReportActor.OFFICE, Instant.now()))
			.isInstanceOf(BusinessRuleException.class);

		assertThat(report.submit(ReportActor.UNIT, Instant.parse("2026-11-20T02:00:00Z"))).isEqualTo(1);
		assertThat(report.getState()).isEqualTo(ReportState.SUBMITTED);
		assertThatThrownBy(() -> report.write(ReportActor.UNIT, "x", "", "", "")).as("frozen once submitted")
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> report.accept(ReportActor.UNIT, Instant.now())).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> report.sendBack(ReportActor.OTHER, Instant.now()))
			.isInstanceOf(BusinessRuleException.class);

		report.sendBack(ReportActor.OFFICE, Instant.parse("2026-11-21T02:00:00Z"));
		assertThat(report.getState()).isEqualTo(ReportState.RETURNED);
		report.write(ReportActor.UNIT, " 新的内容 ", null, "", "");
		assertThat(report.getWorkDone()).isEqualTo("新的内容");
		assertThat(report.submit(ReportActor.UNIT, Instant.parse("2026-11-27T02:00:00Z"))).isEqualTo(2);
		assertThat(report.isLate()).as("resubmitted after the due day").isTrue();

		report.accept(ReportActor.OFFICE, Instant.parse("2026-11-28T02:00:00Z"));
		assertThat(report.getState()).isEqualTo(ReportState.ACCEPTED);
		assertThatThrownBy(() -> report.write(ReportActor.UNIT, "x", "", "", "")).as("locked")
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> report.reopen(ReportActor.UNIT, Instant.now())).isInstanceOf(BusinessRuleException.class);
		report.reopen(ReportActor.OFFICE, Instant.parse("2026-11-29T02:00:00Z"));
		assertThat(report.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(report.isLate()).isTrue();
	}

	@Test
	void lateIsKeptForEverEvenWhenResubmittedOnTime() {
		MonthlyReport report = new MonthlyReport(ReportActor.UNIT, 1L, YearMonth.of(2026, 10),
				LocalDate.of(2026, 10, 25), "{}", Instant.parse("2026-10-01T02:00:00Z"));
		report.submit(ReportActor.UNIT, Instant.parse("2026-10-26T01:00:00Z"));
		assertThat(report.isLate()).isTrue();
		report.sendBack(ReportActor.OFFICE, Instant.parse("2026-10-26T03:00:00Z"));
		report.submit(ReportActor.UNIT, Instant.parse("2026-10-26T04:00:00Z"));
		assertThat(report.isLate()).isTrue();
	}

	@Test
	void theDueDayEndsAtMidnightInShanghai() {
		assertThat(ReportRules.late(Instant.parse("2026-11-25T15:59:59Z"), DUE)).as("23:59:59 on the 25th").isFalse();
		assertThat(ReportRules.late(Instant.parse("2026-11-25T16:00:00Z"), DUE)).as("00:00 on the 26th").isTrue();
		assertThat(ReportRules.late(Instant.parse("2026-11-24T16:00:00Z"), DUE)).as("00:00 on the 25th").isFalse();
		assertThat(ReportRules.late(Instant.parse("2026-11-25T17:00:00Z"), DUE))
			.as("still the 25th in UTC, the 26th in the district").isTrue();
	}

	@ParameterizedTest
	@EnumSource(ReportActor.class)
	void onlyTheUnitStartsAReport(ReportActor actor) {
		assertThat(ReportRules.allows(actor, ReportAction.DRAFT, null)).isEqualTo(actor == ReportActor.UNIT);
	}

	@Test
	void theDueDayFollowsTheSettingInForceInTheMonth() {
		PolicySettings settings = on -> new PolicySettings.Snapshot(on,
				on.isBefore(LocalDate.of(2027, 1, 1)) ? Map.of() : Map.of("report.due-day", "20"));
		assertThat(ReportSettings.dueDate(settings, YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 25));
		assertThat(ReportSettings.dueDate(settings, YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 20));
		assertThat(ReportSettings.dueDate(settings, YearMonth.of(2027, 3))).isEqualTo(LocalDate.of(2027, 3, 20));
		assertThat(ReportRules.dueDate(YearMonth.of(2027, 2), 31)).as("a short month").isEqualTo(LocalDate.of(2027, 2, 28));
	}
}
