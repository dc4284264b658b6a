package org.zhucun.organization.settings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.organization.settings.domain.PolicySettingValue;
import org.zhucun.organization.settings.domain.PolicySettingValueRepository;
import org.zhucun.organization.settings.domain.SettingResolver;

/**
 * Reads the settings in force on a date from the database. Nothing is kept beyond a transaction, so a change made on
 * one instance holds on every instance at once. In a read-only transaction, which cannot change them, the stored
 * values are read once and every date is resolved from them: a page judging a month asks for each of its weeks'
 * Mondays (the member's day page made six queries of it); otherwise it is one query per snapshot.
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
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return SettingResolver.resolve(this.values.findInForceOn(on), on);
		}
		return SettingResolver.resolve(storedInThisTransaction(), on);
	}

	/** Every stored value, read at the first snapshot of the (read-only) transaction and kept until its end. */
	@SuppressWarnings("unchecked")
	private List<PolicySettingValue> storedInThisTransaction() {
		List<PolicySettingValue> stored = (List<PolicySettingValue>) TransactionSynchronizationManager.getResource(this);
		if (stored == null) {
			stored = List.copyOf(this.values.findAll());
			TransactionSynchronizationManager.bindResource(this, stored);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(JpaPolicySettings.this);
				}
			});
		}
		return stored;
	}
}
