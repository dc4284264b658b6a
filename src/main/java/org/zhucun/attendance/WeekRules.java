package org.zhucun.attendance;

import org.springframework.stereotype.Component;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.shared.settings.PolicySettings;

/**
 * The numbers of the weekly rule in force in a week (DOMAIN §4): the settings attendance.week-days,
 * attendance.week-nights and attendance.official-business-counts as they stood on the week's Monday, so a setting
 * that changes mid-week applies from the next week and every week is judged by one set of numbers.
 */
@Component
class WeekRules {

	private final PolicySettings settings;

	WeekRules(PolicySettings settings) {
		this.settings = settings;
	}

	/** @return the settings of the rule in force in the week */
	WeekRuleSettings of(IsoWeek week) {
		PolicySettings.Snapshot snapshot = this.settings.forDate(week.monday());
		return new WeekRuleSettings(snapshot.intValue(AttendanceSettings.WEEK_DAYS),
				snapshot.intValue(AttendanceSettings.WEEK_NIGHTS),
				snapshot.booleanValue(AttendanceSettings.OFFICIAL_BUSINESS_COUNTS));
	}
}
