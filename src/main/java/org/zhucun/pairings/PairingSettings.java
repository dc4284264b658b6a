package org.zhucun.pairings;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The policy settings of pairings (DOMAIN §7, §12): the limit per cadre, how often contacts are due, monitoring. */
@Component
public class PairingSettings implements SettingsContribution {

	/** The most households one cadre may be paired with at a time. */
	public static final SettingDefinition MAX_HOUSEHOLDS = SettingDefinition
		.integer("pairing.max-households", 5, 1, 50)
		.unit("setting.unit.households");

	/** At least one contact per this many months (periods counted from January: 1 = every month). */
	public static final SettingDefinition CONTACT_MONTHS = SettingDefinition.integer("pairing.contact-months", 1, 1, 12)
		.unit("setting.unit.months");

	/** At least one home visit per this many months (3 = every quarter). */
	public static final SettingDefinition HOME_VISIT_MONTHS = SettingDefinition
		.integer("pairing.home-visit-months", 3, 1, 12)
		.unit("setting.unit.months");

	/** Households whose latest income per person is below this yearly amount are highlighted. */
	public static final SettingDefinition INCOME_THRESHOLD = SettingDefinition.money("monitoring.income-threshold",
			"7000.00", "0", "100000");

	/** The least number of days a monitoring case is published in the village before the town's review. */
	public static final SettingDefinition PUBLICITY_DAYS = SettingDefinition.integer("monitoring.publicity-days", 5, 1, 30)
		.unit("setting.unit.days");

	/** The days from a flag within which the district confirms (or ends) the case. */
	public static final SettingDefinition DEADLINE_DAYS = SettingDefinition.integer("monitoring.deadline-days", 15, 5, 90)
		.unit("setting.unit.days");

	@Override
	public String titleKey() {
		return "setting.group.pairings";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(MAX_HOUSEHOLDS, CONTACT_MONTHS, HOME_VISIT_MONTHS, INCOME_THRESHOLD, PUBLICITY_DAYS, DEADLINE_DAYS);
	}
}
