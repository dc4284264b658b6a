package org.zhucun.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhucun.shared.settings.SettingDefinition;
import org.zhucun.shared.settings.SettingsContribution;

/**
 * The security policy settings (DOMAIN §12): how old a password may get, how long a session may last, the lockout
 * after failed sign-ins, and which roles must sign in with a second factor (the administrator always must).
 */
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

	/** Failed sign-ins (passwords or second-factor codes) in a row that lock the account. */
	public static final SettingDefinition LOCKOUT_ATTEMPTS = SettingDefinition
		.integer("security.lockout-attempts", 5, 3, 20);

	/** How long a lockout after failed sign-ins lasts. */
	public static final SettingDefinition LOCKOUT_MINUTES = SettingDefinition
		.integer("security.lockout-minutes", 15, 1, 1440)
		.unit("setting.unit.minutes");

	/**
	 * For each role but the administrator's (who always must): whether its accounts sign in with a second factor, a
	 * code from an authenticator app. Keys {@code security.second-factor-roles.office-staff} and so on.
	 */
	public static final Map<Role, SettingDefinition> SECOND_FACTOR_ROLES = secondFactorRoles();

	/** Whether the demo accounts of the demo installation sign in without a second factor (there only). */
	public static final SettingDefinition SECOND_FACTOR_DEMO_EXEMPT = SettingDefinition
		.bool("security.second-factor-demo-exempt", true);

	private static Map<Role, SettingDefinition> secondFactorRoles() {
		Map<Role, SettingDefinition> settings = new EnumMap<>(Role.class);
		for (Role role : List.of(Role.OFFICE_STAFF, Role.TOWN_OFFICIAL, Role.UNIT_ADMIN, Role.TEAM_LEADER,
				Role.TEAM_MEMBER)) {
			settings.put(role, SettingDefinition.bool(
					"security.second-factor-roles." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), false));
		}
		return Collections.unmodifiableMap(settings);
	}

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
		List<SettingDefinition> all = new ArrayList<>(List.of(PASSWORD_MAX_AGE_DAYS, SESSION_MAX_HOURS,
				LOCKOUT_ATTEMPTS, LOCKOUT_MINUTES));
		all.addAll(SECOND_FACTOR_ROLES.values());
		all.add(SECOND_FACTOR_DEMO_EXEMPT);
		return List.copyOf(all);
	}
}
