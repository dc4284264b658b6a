package org.zhucun.purchases;

import java.time.YearMonth;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchases module's API for the other modules (the monthly report): a unit's counted amount in a month and in
 * the year to the month's end, and its progress against the year's target. Like the other modules' facts it carries
 * no scope check (the caller checks); one query.
 */
@Service
@Transactional(readOnly = true)
public class Purchases {

	private final PurchaseQueries queries;

	Purchases(PurchaseQueries queries) {
		this.queries = queries;
	}

	/** @return the unit's consumption aid in the month */
	public PurchaseMonth unitMonth(Long unitId, YearMonth month) {
		return this.queries.unitMonth(unitId, month);
	}
}
