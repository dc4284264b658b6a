package org.zhucun.monthlyreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.monthlyreports.domain.ReportRules;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of the monthly report (DOMAIN §9, §12). */
@Component
public class ReportSettings implements SettingsContribution {

	/** The day of the month by which the month's report is due; a change applies from the month it is valid in. */
	public static final SettingDefinition DUE_DAY = SettingDefinition.integer("report.due-day", 25, 1, 28)
		.unit("setting.unit.day-of-month");

	/** @return the due date of the month's reports, by the due day in force on the month's first day */
	public static LocalDate dueDate(PolicySettings settings, YearMonth month) {
		return ReportRules.dueDate(month, settings.intValue(DUE_DAY, month.atDay(1)));
	}

	@Override
	public String titleKey() {
		return "setting.group.report";
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(DUE_DAY);
	}
}
