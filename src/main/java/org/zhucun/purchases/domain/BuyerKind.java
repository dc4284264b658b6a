package org.zhucun.purchases.domain;

/** Who paid: the unit itself, its trade union, or its staff. */
public enum BuyerKind {
	UNIT, UNION, STAFF
}
