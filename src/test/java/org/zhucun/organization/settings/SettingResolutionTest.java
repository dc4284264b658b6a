package org.zhucun.organization.settings;

import org.zhucun.workteams.WorkTeamSettings;
import org.zhucun.attendance.AttendanceSettings;
import org.zhucun.leave.LeaveSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhucun.shared.settings.PolicySettings.Snapshot;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.organization.settings.domain.PolicySettingValue;
import org.zhucun.organization.settings.domain.SettingResolver;

/** The rule of DOMAIN §12: the value with the latest valid-from date on or before the date, else the default. */
class SettingResolutionTest {

	private static final SettingDefinition RATE = SettingDefinition.money("test.daily-rate", null, "0.01", "10000.00");

	private static final SettingDefinition THRESHOLD = SettingDefinition.money("test.income-threshold", null, "0.01",
			"1000000.00");

	private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);

	@Test
	void withoutValuesEverySettingHasItsDefault() {
		Snapshot snapshot = SettingResolver.resolve(List.of(), JUNE_15);
		assertThat(snapshot.intValue(WorkTeamSettings.MIN_MEMBERS)).isEqualTo(3);
		assertThat(snapshot.intValue(AttendanceSettings.WEEK_DAYS)).isEqualTo(5);
		assertThat(snapshot.intValue(AttendanceSettings.WEEK_NIGHTS)).isEqualTo(4);
		assertThat(snapshot.booleanValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS)).isTrue();
		assertThat(snapshot.intValue(LeaveSettings.YEAR_LIMIT_DAYS)).isEqualTo(30);
		assertThat(snapshot.intValue(LeaveSettings.MAX_REQUEST_DAYS)).isEqualTo(60);
		assertThat(snapshot.isSet(WorkTeamSettings.MIN_MEMBERS)).isFalse();
	}

	@Test
	void moneyWithoutDefaultIsEmptyUntilSet() {
		assertThat(SettingResolver.resolve(List.of(), JUNE_15).moneyValue(RATE)).isEmpty();
		Snapshot set = SettingResolver.resolve(
				List.of(value(RATE, "2026-01-01", "120.50")), JUNE_15);
		assertThat(set.moneyValue(RATE)).contains(new BigDecimal("120.50"));
		assertThat(set.moneyValue(THRESHOLD)).isEmpty();
	}

	@Test
	void aValueInForceReplacesTheDefault() {
		Snapshot snapshot = SettingResolver.resolve(List.of(value(WorkTeamSettings.MIN_MEMBERS, "2024-01-01", "4")),
				JUNE_15);
		assertThat(snapshot.intValue(WorkTeamSettings.MIN_MEMBERS)).isEqualTo(4);
		assertThat(snapshot.isSet(WorkTeamSettings.MIN_MEMBERS)).isTrue();
		assertThat(snapshot.intValue(LeaveSettings.YEAR_LIMIT_DAYS)).isEqualTo(30);
	}

	@Test
	void aFutureValueIsNotYetInForce() {
		List<PolicySettingValue> values = List.of(value(WorkTeamSettings.MIN_MEMBERS, "2024-01-01", "4"),
				value(WorkTeamSettings.MIN_MEMBERS, "2026-07-01", "6"),
				value(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS, "2026-06-16", "false"));
		Snapshot snapshot = SettingResolver.resolve(values, JUNE_15);
		assertThat(snapshot.intValue(WorkTeamSettings.MIN_MEMBERS)).isEqualTo(4);
		assertThat(snapshot.booleanValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS)).isTrue();
	}

	@Test
	void aValueIsInForceFromItsFirstDay() {
		List<PolicySettingValue> values = List.of(value(LeaveSettings.TOWN_MAX_DAYS, "2026-06-15", "5"));
		assertThat(SettingResolver.resolve(values, JUNE_15.minusDays(1)).intValue(LeaveSettings.TOWN_MAX_DAYS))
			.isEqualTo(3);
		assertThat(SettingResolver.resolve(values, JUNE_15).intValue(LeaveSettings.TOWN_MAX_DAYS)).isEqualTo(5);
	}

	@Test
	void aPastMonthIsJudgedByTheValueInForceThen() {
		// Five days a week until June, four from July: June is still judged by five, July by four.
		List<PolicySettingValue> values = List.of(value(AttendanceSettings.WEEK_DAYS, "2026-07-01", "4"),
				value(AttendanceSettings.WEEK_DAYS, "2020-01-01", "5"),
				value(AttendanceSettings.WEEK_DAYS, "2018-03-01", "6"));
		assertThat(SettingResolver.resolve(values, LocalDate.of(2026, 6, 1)).intValue(AttendanceSettings.WEEK_DAYS))
			.isEqualTo(5);
		assertThat(SettingResolver.resolve(values, LocalDate.of(2026, 7, 1)).intValue(AttendanceSettings.WEEK_DAYS))
			.isEqualTo(4);
		assertThat(SettingResolver.resolve(values, LocalDate.of(2019, 12, 31)).intValue(AttendanceSettings.WEEK_DAYS))
			.isEqualTo(6);
		assertThat(SettingResolver.resolve(values, LocalDate.of(2017, 1, 1)).intValue(AttendanceSettings.WEEK_DAYS))
			.isEqualTo(5);
	}

	@Test
	void valuesOfUnknownSettingsAreIgnored() {
		Snapshot snapshot = SettingResolver.resolve(List.of(new PolicySettingValue("no.such-setting",
				LocalDate.of(2020, 1, 1), "9", null)), JUNE_15);
		assertThat(snapshot.intValue(WorkTeamSettings.MIN_MEMBERS)).isEqualTo(3);
	}

	@Test
	void askingForTheWrongTypeIsAProgrammingError() {
		Snapshot snapshot = SettingResolver.resolve(List.of(), JUNE_15);
		assertThatIllegalArgumentException().isThrownBy(() -> snapshot.intValue(RATE));
		assertThatIllegalArgumentException().isThrownBy(() -> snapshot.booleanValue(WorkTeamSettings.MIN_MEMBERS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> snapshot.moneyValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS));
	}

	private static PolicySettingValue value(SettingDefinition setting, String validFrom, String value) {
		return new PolicySettingValue(setting.key(), LocalDate.parse(validFrom), value, null);
	}
}
