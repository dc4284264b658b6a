package org.zhucun.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;

/** A town or sub-district (镇/街道) of the district. */
@Entity
@Table(name = "town")
@Audited
public class Town extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected Town() {
	}

	public Town(String name, int sortOrder) {
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public void update(String name, int sortOrder) {
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public String getName() {
		return this.name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}
}
