package org.zhucun.purchases.domain;

/** Who sold: the village (its collective economy), a cooperative of the village, or a household of it. */
public enum SellerKind {
	VILLAGE, COOPERATIVE, HOUSEHOLD;

	/** @return whether the seller is named (a cooperative or a household) */
	public boolean named() {
		return this != VILLAGE;
	}
}
