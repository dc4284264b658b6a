package org.zhucun.purchases.domain;

/** Where a purchase stands: ordered, received, then paid. Only paid purchases (received and paid) count. */
public enum PurchaseStatus {

	ORDERED, RECEIVED, PAID;

	/** @return whether purchases in this state count toward the totals and the reserved share */
	public boolean counted() {
		return this == PAID;
	}

	/** @return the next state, or {@code null} after the last */
	public PurchaseStatus next() {
		return this == ORDERED ? RECEIVED : this == RECEIVED ? PAID : null;
	}

	/** @return the state before, or {@code null} before the first */
	public PurchaseStatus previous() {
		return this == PAID ? RECEIVED : this == RECEIVED ? ORDERED : null;
	}
}
