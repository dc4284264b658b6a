package org.zhucun.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.organization.Gender;
import org.zhucun.shared.domain.BaseEntity;

/** A leadership member (班子成员) of an aid unit; the principal (主要负责同志) is one of them. */
@Entity
@Table(name = "unit_leader")
@Audited
public class UnitLeader extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id", nullable = false)
	private AidUnit unit;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	@Column(nullable = false)
	private String position;

	private String phone;

	@Column(nullable = false)
	private boolean principal;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected UnitLeader() {
	}

	UnitLeader(AidUnit unit, String name, Gender gender, String position, String phone, boolean principal,
			int sortOrder) {
		this.unit = unit;
		this.name = name;
		this.gender = gender;
		this.position = position;
		this.phone = phone;
		this.principal = principal;
		this.sortOrder = sortOrder;
	}

	public void update(String name, Gender gender, String position, String phone, boolean principal, int sortOrder) {
		this.name = name;
		this.gender = gender;
		this.position = position;
		this.phone = phone;
		this.principal = principal;
		this.sortOrder = sortOrder;
	}

	/** Takes the principal's role away (first step of handing it to another member). */
	public void revokePrincipal() {
		this.principal = false;
	}

	public void deactivate() {
		this.active = false;
		this.principal = false;
	}

	public void activate() {
		this.active = true;
	}

	public AidUnit getUnit() {
		return this.unit;
	}

	public String getName() {
		return this.name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public String getPosition() {
		return this.position;
	}

	public String getPhone() {
		return this.phone;
	}

	public boolean isPrincipal() {
		return this.principal;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}
}
