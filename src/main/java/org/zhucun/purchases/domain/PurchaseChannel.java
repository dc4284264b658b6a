package org.zhucun.purchases.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A sales channel (the provincial sales centre, the 832 platform, direct…), kept by the office. */
@Entity
@Table(name = "purchase_channel")
@Audited
public class PurchaseChannel extends ReferenceItem {

	protected PurchaseChannel() {
	}

	public PurchaseChannel(String name, int sortOrder) {
		super(name, sortOrder);
	}
}
