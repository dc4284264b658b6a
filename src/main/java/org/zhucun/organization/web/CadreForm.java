package org.zhucun.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.organization.CadreCommand;
import org.zhucun.organization.CadreView;
import org.zhucun.organization.ContactPhones;
import org.zhucun.organization.Gender;

/** The cadre form: unit, name, gender, position and phone. */
public class CadreForm {

	private Long unitId;

	@NotBlank
	@Size(max = 50)
	private String name;

	@NotNull
	private Gender gender;

	@Size(max = 50)
	private String position;

	@Pattern(regexp = ContactPhones.PATTERN)
	private String phone;

	private long version;

	static CadreForm from(CadreView cadre) {
		CadreForm form = new CadreForm();
		form.unitId = cadre.unitId();
		form.name = cadre.name();
		form.gender = cadre.gender();
		form.position = cadre.position();
		form.phone = cadre.phone();
		form.version = cadre.version();
		return form;
	}

	CadreCommand toCommand() {
		return new CadreCommand(this.unitId, this.name, this.gender, this.position, this.phone, this.version);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
