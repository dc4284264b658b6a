package org.zhucun.leave;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of leave (DOMAIN §5): the approval chain by length and the limits. */
@Component
public class LeaveSettings implements SettingsContribution {

	/** Leave of at most this many days needs the team leader and the town; longer leave also the office. */
	public static final SettingDefinition TOWN_MAX_DAYS = SettingDefinition.integer("leave.town-max-days", 3, 0, 60)
		.unit("setting.unit.days");

	/** Leave of at most this many days needs the team leader only; never above the town's limit. */
	public static final SettingDefinition TEAM_MAX_DAYS = SettingDefinition.integer("leave.team-max-days", 1, 0, 30)
		.unit("setting.unit.days")
		.notAbove(TOWN_MAX_DAYS);

	/** Approved leave in a year above which a cadre is flagged for recall review. */
	public static final SettingDefinition YEAR_LIMIT_DAYS = SettingDefinition
		.integer("leave.year-limit-days", 30, 1, 366)
		.unit("setting.unit.days");

	/** How many days in the past a leave request may start. */
	public static final SettingDefinition BACKDATE_DAYS = SettingDefinition.integer("leave.backdate-days", 3, 0, 31)
		.unit("setting.unit.days");

	/** The longest leave one request may ask for. */
	public static final SettingDefinition MAX_REQUEST_DAYS = SettingDefinition
		.integer("leave.max-request-days", 60, 1, 366)
		.unit("setting.unit.days");

	@Override
	public String titleKey() {
		return "setting.group.leave";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(TEAM_MAX_DAYS, TOWN_MAX_DAYS, YEAR_LIMIT_DAYS, BACKDATE_DAYS, MAX_REQUEST_DAYS);
	}
}
