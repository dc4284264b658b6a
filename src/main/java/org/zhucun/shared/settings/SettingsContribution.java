package org.zhucun.shared.settings;

import java.util.List;

/**
 * The policy settings one module declares, as a Spring bean of that module: the settings page lists every
 * contribution as a group, in {@link #order()}, with the settings in the order given.
 */
public interface SettingsContribution {

	/** @return the message key of the group's heading on the settings page, e.g. {@code setting.group.attendance} */
	String titleKey();

	/** @return where the group stands on the settings page; modules use the order of DOMAIN's sections (§3 → 30) */
	int order();

	/** @return the module's settings */
	List<SettingDefinition> settings();
}
