package org.zhucun.unitduties;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of the aid units' duties (DOMAIN §6, §12). */
@Component
public class UnitDutySettings implements SettingsContribution {

	/** Visits the unit's principal makes to the village each month, at least. */
	public static final SettingDefinition PRINCIPAL_VISITS = SettingDefinition
		.integer("duty.principal-visits-per-month", 1, 0, 10)
		.unit("setting.unit.times");

	/** Days the other leadership members spend in the village each month, in total, at least. */
	public static final SettingDefinition OTHERS_DAYS = SettingDefinition.integer("duty.others-days-per-month", 2, 0, 31)
		.unit("setting.unit.days");

	/** The stationed-work allowance per day in the village (济财〔2019〕5号); no default: the office sets it. */
	public static final SettingDefinition DAILY_RATE = SettingDefinition.money("allowance.daily-rate", null, "0", "1000");

	@Override
	public String titleKey() {
		return "setting.group.unitduties";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(PRINCIPAL_VISITS, OTHERS_DAYS, DAILY_RATE);
	}
}
