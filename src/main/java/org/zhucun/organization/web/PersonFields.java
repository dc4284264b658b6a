package org.zhucun.organization.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.organization.ContactPhones;
import org.zhucun.organization.Gender;

/** The fields of a person in the organisation's forms (a cadre, a unit's leadership member). */
public abstract class PersonFields {

	@Size(max = 50)
	private String name;

	private Gender gender;

	@Size(max = 50)
	private String position;

	@Pattern(regexp = ContactPhones.PATTERN)
	private String phone;

	/** Copies a person's values into the form. */
	void fill(String name, Gender gender, String position, String phone) {
		this.name = name;
		this.gender = gender;
		this.position = position;
		this.phone = phone;
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
}
