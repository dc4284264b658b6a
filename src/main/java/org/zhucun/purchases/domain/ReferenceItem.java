package org.zhucun.purchases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;

/** A value of the office's reference data (a channel or a product category): a name, a place, in use or not. */
@MappedSuperclass
@Audited
public abstract class ReferenceItem extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected ReferenceItem() {
	}

	protected ReferenceItem(String name, int sortOrder) {
		rename(name, sortOrder);
	}

	public final void rename(String name, int sortOrder) {
		this.name = name.strip();
		this.sortOrder = sortOrder;
	}

	public void setActive(boolean active) {
		this.active = active;
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
