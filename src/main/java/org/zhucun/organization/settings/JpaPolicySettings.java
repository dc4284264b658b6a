package org.zhucun.organization.settings;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.shared.settings.PolicySettings;
import org.zhucun.organization.settings.domain.PolicySettingValueRepository;
import org.zhucun.organization.settings.domain.SettingResolver;

/**
 * Reads the settings in force on a date from the database with one query per snapshot. Nothing is cached, so a
 * change made on one instance holds on every instance at once.
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
		return SettingResolver.resolve(this.values.findInForceOn(on), on);
	}
}
