package org.zhucun.organization.settings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.shared.database.ReadOnlyTransactionCache;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.organization.settings.domain.PolicySettingValue;
import org.zhucun.organization.settings.domain.PolicySettingValueRepository;
import org.zhucun.organization.settings.domain.SettingResolver;

/**
 * Reads the settings in force on a date from the database. Nothing is kept beyond a transaction, so a change made on
 * one instance holds on every instance at once. In a read-only transaction, which cannot change them, the stored
 * values are read once and every date is resolved from them: a page judging a month asks for each of its weeks'
 * Mondays (the member's day page made six queries of it; {@link ReadOnlyTransactionCache}); otherwise it is one
 * query per snapshot.
 */
@Service
@Transactional(readOnly = true)
class JpaPolicySettings implements PolicySettings {

	private final PolicySettingValueRepository values;

	JpaPolicySettings(PolicySettingValueRepository values) {
		this.values = values;
	}

	@Override
	public Snapshot forDate(LocalDate on) {
		if (!ReadOnlyTransactionCache.active()) {
			return SettingResolver.resolve(this.values.findInForceOn(on), on);
		}
		List<PolicySettingValue> stored = ReadOnlyTransactionCache.get(this, () -> List.copyOf(this.values.findAll()));
		return SettingResolver.resolve(stored, on);
	}
}
