package org.zhucun.pairings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.pairings.domain.HouseholdCategory.LIFTED;
import static org.zhucun.pairings.domain.HouseholdCategory.MONITORED;
import static org.zhucun.pairings.domain.HouseholdCategory.POOR;

import java.util.List;

import org.junit.jupiter.api.Test;

class CategoryRulesTest {

	@Test
	void aNewHouseholdTakesAnyCategoryButLiftedButUnstable() {
		assertThat(CategoryRules.allowsRegistration(POOR, null)).isTrue();
		assertThat(CategoryRules.allowsRegistration(LIFTED, null)).isTrue();
		assertThat(CategoryRules.allowsRegistration(MONITORED, MonitoredKind.MARGINAL)).isTrue();
		assertThat(CategoryRules.allowsRegistration(MONITORED, MonitoredKind.UNSTABLE)).isFalse();
		assertThat(CategoryRules.allowsRegistration(MONITORED, null)).as("a monitored household needs its kind").isFalse();
		assertThat(CategoryRules.allowsRegistration(LIFTED, MonitoredKind.SUDDEN)).isFalse();
	}

	@Test
	void aLiftedHouseholdIsNeverPoorAgainButMayBeMonitored() {
		List<HouseholdCategory> lifted = List.of(POOR, LIFTED);
		assertThat(CategoryRules.allowsChange(lifted, POOR, null)).isFalse();
		assertThat(CategoryRules.allowsChange(lifted, MONITORED, MonitoredKind.UNSTABLE)).isTrue();
		assertThat(CategoryRules.allowsChange(lifted, MONITORED, MonitoredKind.SUDDEN)).isTrue();
	}

	@Test
	void aPoorHouseholdCanOnlyBeLifted() {
		assertThat(CategoryRules.allowsChange(List.of(POOR), LIFTED, null)).isTrue();
		assertThat(CategoryRules.allowsChange(List.of(POOR), MONITORED, MonitoredKind.MARGINAL)).isFalse();
	}

	@Test
	void aMonitoredHouseholdGoesBackToLiftedOnlyWithARegisteredPast() {
		assertThat(CategoryRules.allowsChange(List.of(POOR, LIFTED, MONITORED), LIFTED, null)).isTrue();
		assertThat(CategoryRules.allowsChange(List.of(MONITORED), LIFTED, null)).isFalse();
		assertThat(CategoryRules.allowsChange(List.of(MONITORED), POOR, null)).isFalse();
		assertThat(CategoryRules.allowsChange(List.of(MONITORED), MONITORED, MonitoredKind.UNSTABLE))
			.as("edge households were never lifted").isFalse();
		assertThat(CategoryRules.allowsChange(List.of(MONITORED), MONITORED, MonitoredKind.SUDDEN)).isTrue();
	}
}
