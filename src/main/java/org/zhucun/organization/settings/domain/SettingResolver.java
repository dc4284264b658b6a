package org.zhucun.organization.settings.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.zhucun.organization.PolicySettings.Snapshot;
import org.zhucun.organization.Setting;

/**
 * The rule of DOMAIN §12: on a date, a setting has the value with the latest valid-from date on or before it, else
 * its default. Values of settings no longer known to the code are ignored.
 */
public final class SettingResolver {

	private SettingResolver() {
	}

	/** @return the values in force on the date, resolved from any set of stored values (in any order) */
	public static Snapshot resolve(Collection<PolicySettingValue> values, LocalDate on) {
		Map<Setting, PolicySettingValue> inForce = new EnumMap<>(Setting.class);
		for (PolicySettingValue value : values) {
			if (value.getValidFrom().isAfter(on)) {
				continue;
			}
			Setting.byKey(value.getKey()).ifPresent(setting -> inForce.merge(setting, value,
					(a, b) -> a.getValidFrom().isAfter(b.getValidFrom()) ? a : b));
		}
		Map<Setting, String> raw = new EnumMap<>(Setting.class);
		inForce.forEach((setting, value) -> raw.put(setting, value.getValue()));
		return new Snapshot(on, raw);
	}
}
