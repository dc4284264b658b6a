package org.zhucun.organization.settings.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.zhucun.shared.settings.PolicySettings.Snapshot;

/**
 * The rule of DOMAIN §12: on a date, a setting has the value with the latest valid-from date on or before it, else
 * its default. Values of settings no module declares any more are carried but never read.
 */
public final class SettingResolver {

	private SettingResolver() {
	}

	/** @return the values in force on the date, resolved from any set of stored values (in any order) */
	public static Snapshot resolve(Collection<? extends StoredValue> values, LocalDate on) {
		Map<String, StoredValue> inForce = new HashMap<>();
		for (StoredValue value : values) {
			if (!value.getValidFrom().isAfter(on)) {
				inForce.merge(value.getKey(), value, (a, b) -> a.getValidFrom().isAfter(b.getValidFrom()) ? a : b);
			}
		}
		Map<String, String> raw = new HashMap<>();
		inForce.forEach((key, value) -> raw.put(key, value.getValue()));
		return new Snapshot(on, raw);
	}
}
