package org.zhucun.attendance;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of attendance (DOMAIN §4): the weekly rule and how far back members may fill in days. */
@Component
public class AttendanceSettings implements SettingsContribution {

	/** Days in the village a cadre owes in a week. */
	public static final SettingDefinition WEEK_DAYS = SettingDefinition.integer("attendance.week-days", 5, 0, 7)
		.unit("setting.unit.days");

	/** Nights in the village a cadre owes in a week. */
	public static final SettingDefinition WEEK_NIGHTS = SettingDefinition.integer("attendance.week-nights", 4, 0, 7)
		.unit("setting.unit.nights");

	/** Whether official business away from the village counts as a day in the village. */
	public static final SettingDefinition OFFICIAL_BUSINESS_COUNTS = SettingDefinition
		.bool("attendance.official-business-counts", true);

	/** How many days back a team member may still enter or change their own day records. */
	public static final SettingDefinition MEMBER_EDIT_DAYS = SettingDefinition
		.integer("attendance.member-edit-days", 7, 0, 31)
		.unit("setting.unit.days");

	@Override
	public String titleKey() {
		return "setting.group.attendance";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(WEEK_DAYS, WEEK_NIGHTS, OFFICIAL_BUSINESS_COUNTS, MEMBER_EDIT_DAYS);
	}
}
