package org.zhucun.organization.settings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.zhucun.organization.settings.HolidayAdministration.HolidayRow;

/** A holiday's new name, with the version it was read at. */
class HolidayNameForm {

	@NotBlank
	@Size(max = 50)
	private String name;

	private long version;

	static HolidayNameForm from(HolidayRow holiday) {
		HolidayNameForm form = new HolidayNameForm();
		form.name = holiday.name();
		form.version = holiday.version();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
