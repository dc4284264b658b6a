package org.zhucun.oversight;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of supervision (DOMAIN §10). */
@Component
public class OversightSettings implements SettingsContribution {

	/** Days the unit has to rectify a finding made from a fact in one click (the deadline's default). */
	public static final SettingDefinition FINDING_DAYS = SettingDefinition.integer("oversight.finding-days", 15, 1, 180)
		.unit("setting.unit.days");

	/** The pattern of a published notice's number: {year} becomes the year, {n} the notice's number in the year. */
	public static final SettingDefinition NOTICE_NUMBER_PATTERN = SettingDefinition.text(
			"oversight.notice-number-pattern", org.zhucun.oversight.domain.Notice.DEFAULT_PATTERN, 40, "{n}");

	@Override
	public String titleKey() {
		return "setting.group.oversight";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(FINDING_DAYS, NOTICE_NUMBER_PATTERN);
	}
}
