package org.zhucun.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.organization.Gender;
import org.zhucun.shared.domain.BaseEntity;

/** A staff member of an aid unit who may be stationed in a village or paired with households. */
@Entity
@Table(name = "cadre")
@Audited
public class Cadre extends BaseEntity {

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Gender gender;

	private String phone;

	private String position;

	@Column(nullable = false)
	private boolean active = true;

	protected Cadre() {
	}

	public Cadre(Long unitId, String name, Gender gender, String phone, String position) {
		this.unitId = unitId;
		update(unitId, name, gender, phone, position);
	}

	public void update(Long unitId, String name, Gender gender, String phone, String position) {
		this.unitId = unitId;
		this.name = name;
		this.gender = gender;
		this.phone = phone;
		this.position = position;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getName() {
		return this.name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getPosition() {
		return this.position;
	}

	public boolean isActive() {
		return this.active;
	}
}
