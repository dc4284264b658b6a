package org.zhucun.organization.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhucun.organization.Setting;

/** The list of settings of DOMAIN and how a typed value is checked and stored. */
class SettingTest {

	@Test
	void everySettingOfTheDomainWithItsDefault() {
		assertThat(Setting.values()).hasSize(19);
		assertThat(Setting.byKey("team.min-members")).contains(Setting.TEAM_MIN_MEMBERS);
		assertThat(Setting.TEAM_REPLACEMENT_DAYS.defaultValue()).contains("7");
		assertThat(Setting.ATTENDANCE_MEMBER_EDIT_DAYS.defaultValue()).contains("7");
		assertThat(Setting.LEAVE_TEAM_MAX_DAYS.defaultValue()).contains("1");
		assertThat(Setting.LEAVE_TOWN_MAX_DAYS.defaultValue()).contains("3");
		assertThat(Setting.LEAVE_BACKDATE_DAYS.defaultValue()).contains("3");
		assertThat(Setting.LEAVE_MAX_REQUEST_DAYS.defaultValue()).contains("60");
		assertThat(Setting.DUTY_PRINCIPAL_VISITS_PER_MONTH.defaultValue()).contains("1");
		assertThat(Setting.DUTY_OTHERS_DAYS_PER_MONTH.defaultValue()).contains("2");
		assertThat(Setting.PAIRING_CONTACTS_PER_MONTH.defaultValue()).contains("1");
		assertThat(Setting.PAIRING_HOME_VISITS_PER_QUARTER.defaultValue()).contains("1");
		assertThat(Setting.ALLOWANCE_DAILY_RATE.defaultValue()).isEmpty();
		assertThat(Setting.MONITORING_INCOME_THRESHOLD.defaultValue()).isEmpty();
		Set<String> keys = new HashSet<>();
		Arrays.stream(Setting.values()).forEach(s -> assertThat(keys.add(s.key())).isTrue());
	}

	@Test
	void defaultsAreValidValues() {
		for (Setting setting : Setting.values()) {
			setting.defaultValue().ifPresent(value -> assertThat(setting.check(value)).as(setting.key()).isNull());
		}
	}

	@Test
	void integersWithinTheirRange() {
		assertThat(Setting.TEAM_MIN_MEMBERS.check("4")).isNull();
		assertThat(Setting.TEAM_MIN_MEMBERS.normalize(" 04 ")).isEqualTo("4");
		assertThat(Setting.TEAM_MIN_MEMBERS.check("0")).isEqualTo("setting.value.range");
		assertThat(Setting.TEAM_MIN_MEMBERS.check("21")).isEqualTo("setting.value.range");
		assertThat(Setting.TEAM_MIN_MEMBERS.check("3.5")).isEqualTo("setting.value.integer");
		assertThat(Setting.TEAM_MIN_MEMBERS.check("three")).isEqualTo("setting.value.integer");
		assertThat(Setting.TEAM_MIN_MEMBERS.check("99999999999999")).isEqualTo("setting.value.integer");
		assertThat(Setting.REPORT_DUE_DAY.check("29")).isEqualTo("setting.value.range");
		assertThat(Setting.TEAM_MIN_MEMBERS.check(" ")).isEqualTo("setting.value.required");
		assertThat(Setting.TEAM_MIN_MEMBERS.check(null)).isEqualTo("setting.value.required");
	}

	@Test
	void booleansAreTrueOrFalse() {
		assertThat(Setting.ATTENDANCE_OFFICIAL_BUSINESS_COUNTS.check("false")).isNull();
		assertThat(Setting.ATTENDANCE_OFFICIAL_BUSINESS_COUNTS.check("yes")).isEqualTo("setting.value.boolean");
	}

	@Test
	void moneyWithAtMostTwoDecimalsStoredWithTwo() {
		assertThat(Setting.ALLOWANCE_DAILY_RATE.normalize("120.5")).isEqualTo("120.50");
		assertThat(Setting.ALLOWANCE_DAILY_RATE.normalize("80")).isEqualTo("80.00");
		assertThat(Setting.ALLOWANCE_DAILY_RATE.check("12.345")).isEqualTo("setting.value.money");
		assertThat(Setting.ALLOWANCE_DAILY_RATE.check("¥80")).isEqualTo("setting.value.money");
		assertThat(Setting.ALLOWANCE_DAILY_RATE.check("0")).isEqualTo("setting.value.range");
		assertThat(Setting.ALLOWANCE_DAILY_RATE.check("-5")).isEqualTo("setting.value.range");
	}

	@Test
	void theTeamLeadersLimitMustNotExceedTheTowns() {
		assertThat(Setting.LEAVE_TEAM_MAX_DAYS.notAbove()).contains(Setting.LEAVE_TOWN_MAX_DAYS);
		assertThat(Setting.TEAM_MIN_MEMBERS.notAbove()).isEmpty();
	}
}
