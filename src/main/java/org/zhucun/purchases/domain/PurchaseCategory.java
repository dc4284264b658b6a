package org.zhucun.purchases.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A product category (粮油, 蔬菜…), kept by the office. */
@Entity
@Table(name = "purchase_category")
@Audited
public class PurchaseCategory extends ReferenceItem {

	protected PurchaseCategory() {
	}

	public PurchaseCategory(String name, int sortOrder) {
		super(name, sortOrder);
	}
}
