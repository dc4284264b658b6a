package org.zhucun.workteams;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of the work teams (DOMAIN §3). */
@Component
public class WorkTeamSettings implements SettingsContribution {

	/** Active members a team of a registered poor village needs at least. */
	public static final SettingDefinition MIN_MEMBERS = SettingDefinition.integer("team.min-members", 3, 1, 20)
		.unit("setting.unit.persons");

	/** Days within which a member who left must be replaced before the office sees a reduction. */
	public static final SettingDefinition REPLACEMENT_DAYS = SettingDefinition
		.integer("team.replacement-days", 7, 0, 90)
		.unit("setting.unit.days");

	/** Months a team's term lasts at least (national rule: two years); a shorter term is saved but shown as a problem. */
	public static final SettingDefinition MIN_TERM_MONTHS = SettingDefinition
		.integer("team.min-term-months", 24, 1, 120)
		.unit("setting.unit.months");

	@Override
	public String titleKey() {
		return "setting.group.workteams";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(MIN_MEMBERS, REPLACEMENT_DAYS, MIN_TERM_MONTHS);
	}
}
