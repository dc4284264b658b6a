package org.zhucun.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.zhucun.organization.CadreCommand;
import org.zhucun.organization.CadreView;
import org.zhucun.organization.Gender;

/** The cadre form: unit, name, gender, position and phone. */
public class CadreForm extends PersonFields {

	private Long unitId;

	private long version;

	static CadreForm from(CadreView cadre) {
		CadreForm form = new CadreForm();
		form.unitId = cadre.unitId();
		form.fill(cadre.name(), cadre.gender(), cadre.position(), cadre.phone());
		form.version = cadre.version();
		return form;
	}

	CadreCommand toCommand() {
		return new CadreCommand(this.unitId, getName(), getGender(), getPosition(), getPhone(), this.version);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	/** A cadre has a name (the member of a unit's leadership may be a row left empty). */
	@Override
	@NotBlank
	public String getName() {
		return super.getName();
	}

	@Override
	@NotNull
	public Gender getGender() {
		return super.getGender();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
