package org.zhucun.organization.settings.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;

/**
 * One value of a policy setting, valid from a date until the next value of the same setting. Values are never
 * changed: a new value is added with its own date, and only a value not yet in force may be deleted.
 */
@Entity
@Table(name = "policy_setting")
@Audited
public class PolicySettingValue extends BaseEntity implements StoredValue {

	@Column(name = "key", nullable = false, updatable = false)
	private String key;

	@Column(name = "valid_from", nullable = false, updatable = false)
	private LocalDate validFrom;

	@Column(name = "value", nullable = false, updatable = false)
	private String value;

	private String note;

	protected PolicySettingValue() {
	}

	/**
	 * @param key the setting's key
	 * @param validFrom the first day the value is in force
	 * @param value the value in its stored form (already checked and normalised)
	 * @param note why the value was set, e.g. the notice it implements; may be {@code null}
	 */
	public PolicySettingValue(String key, LocalDate validFrom, String value, String note) {
		this.key = key;
		this.validFrom = validFrom;
		this.value = value;
		this.note = note;
	}

	/** @return whether the value is not yet in force on {@code today}, and may therefore still be withdrawn */
	public boolean isScheduledAfter(LocalDate today) {
		return this.validFrom.isAfter(today);
	}

	public String getKey() {
		return this.key;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public String getValue() {
		return this.value;
	}

	public String getNote() {
		return this.note;
	}
}
