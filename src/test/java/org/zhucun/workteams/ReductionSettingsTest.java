package org.zhucun.workteams;

import org.zhucun.workteams.WorkTeamSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.workteams.domain.ReductionRule;
import org.zhucun.workteams.domain.ReductionRule.Span;

/** A month is judged with the settings in force in it; the minimum applies to registered poor villages' teams only. */
class ReductionSettingsTest {

	private static final YearMonth MARCH = YearMonth.of(2026, 3);

	private static final LocalDate LATER = LocalDate.of(2026, 6, 1);

	private static PolicySettings.Snapshot settings(int minMembers, int replacementDays) {
		return new PolicySettings.Snapshot(MARCH.atDay(1), Map.of(WorkTeamSettings.MIN_MEMBERS.key(), String.valueOf(minMembers),
				WorkTeamSettings.REPLACEMENT_DAYS.key(), String.valueOf(replacementDays)));
	}

	private static Span span(long id, String joined, String left) {
		return new Span(id, LocalDate.parse(joined), left == null ? null : LocalDate.parse(left));
	}

	@Test
	void replacementWindowComesFromTheSettingsOfTheMonth() {
		// A member leaves on 10 March and a replacement joins on 15 March.
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null), span(3, "2025-01-01", null),
				span(4, "2025-01-01", "2026-03-10"), span(5, "2026-03-15", null));
		assertThat(TeamService.rule(settings(3, 7), true).evaluate(team, MARCH, LATER)).isEmpty();
		assertThat(TeamService.rule(settings(3, 3), true).evaluate(team, MARCH, LATER)).isPresent();
	}

	@Test
	void minimumAppliesToPoorVillagesOnly() {
		// A team formed during the month keeps two of its three members: below the minimum, not below its baseline.
		List<Span> team = List.of(span(1, "2026-03-05", null), span(2, "2026-03-05", null),
				span(3, "2026-03-05", "2026-03-12"));
		ReductionRule poor = TeamService.rule(settings(3, 7), true);
		ReductionRule nonPoor = TeamService.rule(settings(3, 7), false);
		assertThat(poor.evaluate(team, MARCH, LATER)).isPresent();
		assertThat(nonPoor.evaluate(team, MARCH, LATER)).isEmpty();
	}

	@Test
	void nonPoorTeamBelowItsBaselineIsReduced() {
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", "2026-03-20"));
		assertThat(TeamService.rule(settings(3, 7), false).evaluate(team, MARCH, LATER)).hasValueSatisfying(r -> {
			assertThat(r.baseline()).isEqualTo(2);
			assertThat(r.countAfter()).isEqualTo(1);
		});
	}

	@Test
	void defaultsApplyWhenNothingWasSet() {
		PolicySettings.Snapshot defaults = new PolicySettings.Snapshot(MARCH.atDay(1), Map.of());
		List<Span> team = List.of(span(1, "2025-01-01", null), span(2, "2025-01-01", null), span(3, "2025-01-01", null),
				span(4, "2025-01-01", "2026-03-10"), span(5, "2026-03-17", null));
		// Default window of 7 days: a replacement on 17 March is in time.
		assertThat(TeamService.rule(defaults, true).evaluate(team, MARCH, LATER)).isEmpty();
	}
}
