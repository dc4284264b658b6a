package org.zhucun.organization.settings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.organization.settings.SettingsAdministration.SettingDetail;

/** A new value of a policy setting, valid from a date; a date in the past needs an explicit confirmation. */
class SettingValueForm {

	@NotNull
	private LocalDate validFrom;

	@NotBlank
	@Size(max = 40)
	private String value;

	@Size(max = 200)
	private String note;

	private boolean confirmPast;

	/** @return a form proposing the current value from the first day of next month */
	static SettingValueForm from(SettingDetail detail, LocalDate today) {
		SettingValueForm form = new SettingValueForm();
		form.validFrom = today.withDayOfMonth(1).plusMonths(1);
		form.value = detail.valueToday();
		return form;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isConfirmPast() {
		return this.confirmPast;
	}

	public void setConfirmPast(boolean confirmPast) {
		this.confirmPast = confirmPast;
	}
}
