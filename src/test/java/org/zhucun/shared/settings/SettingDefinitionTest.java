package org.zhucun.shared.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhucun.attendance.AttendanceSettings;
import org.zhucun.leave.LeaveSettings;
import org.zhucun.workteams.WorkTeamSettings;

/** How a typed value of a setting is checked and stored, and how the registry gathers the modules' settings. */
class SettingDefinitionTest {

	private static final SettingDefinition RATE = SettingDefinition.money("test.daily-rate", null, "0.01", "10000.00");

	@Test
	void integersWithinTheirRange() {
		SettingDefinition min = WorkTeamSettings.MIN_MEMBERS;
		assertThat(min.check("4")).isNull();
		assertThat(min.normalize(" 04 ")).isEqualTo("4");
		assertThat(min.check("0")).isEqualTo("setting.value.range");
		assertThat(min.check("21")).isEqualTo("setting.value.range");
		assertThat(min.check("3.5")).isEqualTo("setting.value.integer");
		assertThat(min.check("three")).isEqualTo("setting.value.integer");
		assertThat(min.check("99999999999999")).isEqualTo("setting.value.integer");
		assertThat(min.check(" ")).isEqualTo("setting.value.required");
		assertThat(min.check(null)).isEqualTo("setting.value.required");
		assertThatIllegalArgumentException().isThrownBy(() -> min.normalize("0"));
	}

	@Test
	void booleansAreTrueOrFalse() {
		assertThat(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS.check("false")).isNull();
		assertThat(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS.check("yes")).isEqualTo("setting.value.boolean");
		assertThat(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS.number("true")).isNull();
	}

	@Test
	void moneyWithAtMostTwoDecimalsStoredWithTwo() {
		assertThat(RATE.defaultValue()).isEmpty();
		assertThat(RATE.normalize("120.5")).isEqualTo("120.50");
		assertThat(RATE.normalize("80")).isEqualTo("80.00");
		assertThat(RATE.check("12.345")).isEqualTo("setting.value.money");
		assertThat(RATE.check("¥80")).isEqualTo("setting.value.money");
		assertThat(RATE.check("0")).isEqualTo("setting.value.range");
		assertThat(RATE.check("-5")).isEqualTo("setting.value.range");
		assertThat(RATE.number("120.50")).isEqualByComparingTo(new BigDecimal("120.5"));
	}

	@Test
	void textWithinItsLengthHoldingItsRequiredPartStoredStripped() {
		SettingDefinition pattern = SettingDefinition.text("test.number-pattern", "办〔{year}〕{n}号", 20, "{n}");
		assertThat(pattern.type()).isEqualTo(SettingDefinition.Type.TEXT);
		assertThat(pattern.check("测试办〔{year}〕{n}号")).isNull();
		assertThat(pattern.normalize("  测试办{n}号 ")).isEqualTo("测试办{n}号");
		assertThat(pattern.check("测试办〔{year}〕号")).isEqualTo("setting.test.number-pattern.missing-part");
		assertThat(pattern.check("{n}" + "字".repeat(18))).isEqualTo("setting.value.text-length");
		assertThat(pattern.check(" ")).isEqualTo("setting.value.required");
		assertThat(pattern.number("测试办{n}号")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> SettingDefinition.text("test.x", "无序号", 20, "{n}"));
		assertThatIllegalArgumentException().isThrownBy(() -> SettingDefinition.text("test.x", null, 41, null));
	}

	@Test
	void aDefinitionRefusesABadKeyOrDefault() {
		assertThatIllegalArgumentException().isThrownBy(() -> SettingDefinition.integer("Team Min", 3, 1, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> SettingDefinition.integer("team.min", 30, 1, 20));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SettingDefinition.bool("a.b", true).notAbove(WorkTeamSettings.MIN_MEMBERS));
	}

	@Test
	void theRegistryHoldsEveryModulesSettingsInPageOrder() {
		SettingsRegistry registry = new SettingsRegistry(
				List.of(new LeaveSettings(), new AttendanceSettings(), new WorkTeamSettings()));
		assertThat(registry.groups()).extracting(SettingsRegistry.Group::titleKey)
			.containsExactly("setting.group.workteams", "setting.group.attendance", "setting.group.leave");
		assertThat(registry.byKey("team.min-members")).contains(WorkTeamSettings.MIN_MEMBERS);
		assertThat(registry.byKey("no.such-setting")).isEmpty();
		assertThat(registry.all()).contains(AttendanceSettings.WEEK_NIGHTS, LeaveSettings.MAX_REQUEST_DAYS);
		assertThat(registry.notAbove(LeaveSettings.TEAM_MAX_DAYS)).contains(LeaveSettings.TOWN_MAX_DAYS);
		assertThat(registry.notAboveThis(LeaveSettings.TOWN_MAX_DAYS)).containsExactly(LeaveSettings.TEAM_MAX_DAYS);
		assertThat(registry.notAbove(WorkTeamSettings.MIN_MEMBERS)).isEmpty();
	}

	@Test
	void theRegistryRefusesTwoModulesDeclaringOneKey() {
		SettingsContribution copy = contribution(SettingDefinition.integer("team.min-members", 4, 1, 9));
		assertThatIllegalStateException()
			.isThrownBy(() -> new SettingsRegistry(List.of(new WorkTeamSettings(), copy)))
			.withMessageContaining("team.min-members");
	}

	@Test
	void theRegistryRefusesAnOrderAgainstAnUndeclaredSetting() {
		SettingsContribution orphan = contribution(
				SettingDefinition.integer("test.lower", 1, 0, 9).notAbove(SettingDefinition.integer("test.upper", 2, 0, 9)));
		assertThatIllegalStateException().isThrownBy(() -> new SettingsRegistry(List.of(orphan)))
			.withMessageContaining("test.upper");
	}

	private static SettingsContribution contribution(SettingDefinition setting) {
		return new SettingsContribution() {

			@Override
			public String titleKey() {
				return "setting.group.test";
			}

			@Override
			public int order() {
				return 99;
			}

			@Override
			public List<SettingDefinition> settings() {
				return List.of(setting);
			}
		};
	}
}
