package org.zhucun.organization.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhucun.organization.PolicySettings.Snapshot;
import org.zhucun.organization.Setting;
import org.zhucun.organization.settings.domain.PolicySettingValue;
import org.zhucun.organization.settings.domain.SettingResolver;

/** The rule of DOMAIN §12: the value with the latest valid-from date on or before the date, else the default. */
class SettingResolutionTest {

	private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);

	@Test
	void withoutValuesEverySettingHasItsDefault() {
		Snapshot snapshot = SettingResolver.resolve(List.of(), JUNE_15);
		assertThat(snapshot.intValue(Setting.TEAM_MIN_MEMBERS)).isEqualTo(3);
		assertThat(snapshot.intValue(Setting.ATTENDANCE_WEEK_DAYS)).isEqualTo(5);
		assertThat(snapshot.intValue(Setting.ATTENDANCE_WEEK_NIGHTS)).isEqualTo(4);
		assertThat(snapshot.booleanValue(Setting.ATTENDANCE_OFFICIAL_BUSINESS_COUNTS)).isTrue();
		assertThat(snapshot.intValue(Setting.LEAVE_YEAR_LIMIT_DAYS)).isEqualTo(30);
		assertThat(snapshot.intValue(Setting.REPORT_DUE_DAY)).isEqualTo(25);
		assertThat(snapshot.isSet(Setting.TEAM_MIN_MEMBERS)).isFalse();
	}

	@Test
	void moneyWithoutDefaultIsEmptyUntilSet() {
		assertThat(SettingResolver.resolve(List.of(), JUNE_15).moneyValue(Setting.ALLOWANCE_DAILY_RATE)).isEmpty();
		Snapshot set = SettingResolver.resolve(
				List.of(value(Setting.ALLOWANCE_DAILY_RATE, "2026-01-01", "120.50")), JUNE_15);
		assertThat(set.moneyValue(Setting.ALLOWANCE_DAILY_RATE)).contains(new BigDecimal("120.50"));
		assertThat(set.moneyValue(Setting.MONITORING_INCOME_THRESHOLD)).isEmpty();
	}

	@Test
	void aValueInForceReplacesTheDefault() {
		Snapshot snapshot = SettingResolver.resolve(List.of(value(Setting.TEAM_MIN_MEMBERS, "2024-01-01", "4")),
				JUNE_15);
		assertThat(snapshot.intValue(Setting.TEAM_MIN_MEMBERS)).isEqualTo(4);
		assertThat(snapshot.isSet(Setting.TEAM_MIN_MEMBERS)).isTrue();
		assertThat(snapshot.intValue(Setting.PAIRING_MAX_HOUSEHOLDS)).isEqualTo(5);
	}

	@Test
	void aFutureValueIsNotYetInForce() {
		List<PolicySettingValue> values = List.of(value(Setting.TEAM_MIN_MEMBERS, "2024-01-01", "4"),
				value(Setting.TEAM_MIN_MEMBERS, "2026-07-01", "6"),
				value(Setting.ATTENDANCE_OFFICIAL_BUSINESS_COUNTS, "2026-06-16", "false"));
		Snapshot snapshot = SettingResolver.resolve(values, JUNE_15);
		assertThat(snapshot.intValue(Setting.TEAM_MIN_MEMBERS)).isEqualTo(4);
		assertThat(snapshot.booleanValue(Setting.ATTENDANCE_OFFICIAL_BUSINESS_COUNTS)).isTrue();
	}

	@Test
	void aValueIsInForceFromItsFirstDay() {
		List<PolicySettingValue> values = List.of(value(Setting.LEAVE_TOWN_MAX_DAYS, "2026-06-15", "5"));
		assertThat(SettingResolver.resolve(values, JUNE_15.minusDays(1)).intValue(Setting.LEAVE_TOWN_MAX_DAYS))
			.isEqualTo(3);
		assertThat(SettingResolver.resolve(values, JUNE_15).intValue(Setting.LEAVE_TOWN_MAX_DAYS)).isEqualTo(5);
	}

	@Test
	void aPastMonthIsJudgedByTheValueInForceThen() {
		// Five days a week until June, four from July: June is still judged by five, July by four.
		List<PolicySettingValue> values = List.of(value(Setting.ATTENDANCE_WEEK_DAYS, "2026-07-01", "4"),
				value(Setting.ATTENDANCE_WEEK_DAYS, "2020-01-01", "5"),
				value(Setting.ATTENDANCE_WEEK_DAYS, "2018-03-01", "6"));
		assertThat(SettingResolver.resolve(values, LocalDate.of(2026, 6, 1)).intValue(Setting.ATTENDANCE_WEEK_DAYS))
			.isEqualTo(5);
		assertThat(SettingResolver.resolve(values, LocalDate.of(2026, 7, 1)).intValue(Setting.ATTENDANCE_WEEK_DAYS))
			.isEqualTo(4);
		assertThat(SettingResolver.resolve(values, LocalDate.of(2019, 12, 31)).intValue(Setting.ATTENDANCE_WEEK_DAYS))
			.isEqualTo(6);
		assertThat(SettingResolver.resolve(values, LocalDate.of(2017, 1, 1)).intValue(Setting.ATTENDANCE_WEEK_DAYS))
			.isEqualTo(5);
	}

	@Test
	void valuesOfUnknownSettingsAreIgnored() {
		Snapshot snapshot = SettingResolver.resolve(List.of(new PolicySettingValue("no.such-setting",
				LocalDate.of(2020, 1, 1), "9", null)), JUNE_15);
		assertThat(snapshot.intValue(Setting.TEAM_MIN_MEMBERS)).isEqualTo(3);
	}

	@Test
	void askingForTheWrongTypeIsAProgrammingError() {
		Snapshot snapshot = SettingResolver.resolve(List.of(), JUNE_15);
		assertThatIllegalArgumentException().isThrownBy(() -> snapshot.intValue(Setting.ALLOWANCE_DAILY_RATE));
		assertThatIllegalArgumentException().isThrownBy(() -> snapshot.booleanValue(Setting.TEAM_MIN_MEMBERS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> snapshot.moneyValue(Setting.ATTENDANCE_OFFICIAL_BUSINESS_COUNTS));
	}

	private static PolicySettingValue value(Setting setting, String validFrom, String value) {
		return new PolicySettingValue(setting.key(), LocalDate.parse(validFrom), value, null);
	}
}
