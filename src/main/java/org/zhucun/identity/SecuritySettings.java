package org.zhucun.identity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/** The security policy settings (DOMAIN §12): how old a password may get, how long a session may last. */
@Component
public class SecuritySettings implements SettingsContribution {

	/** Days after which a password must be changed at the next sign-in (demo accounts of the demo profile exempt). */
	public static final SettingDefinition PASSWORD_MAX_AGE_DAYS = SettingDefinition
		.integer("security.password-max-age-days", 90, 1, 3650)
		.unit("setting.unit.days");

	/** Hours after the sign-in when a session ends, however active it is. */
	public static final SettingDefinition SESSION_MAX_HOURS = SettingDefinition
		.integer("security.session-max-hours", 12, 1, 72)
		.unit("setting.unit.hours");

	@Override
	public String titleKey() {
		return "setting.group.security";
	}

	@Override
	public int order() {
		return 120;
	}

	@Override
	public List<SettingDefinition> settings() {
		return List.of(PASSWORD_MAX_AGE_DAYS, SESSION_MAX_HOURS);
	}
}
