package org.zhucun.purchases;

import java.time.YearMonth;

import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The filters of the list of purchases and of its export; null or blank means any. The account's scope narrows
 * them further (a unit sees its own, a town those from sellers in its villages).
 * @param month a month as 2026-11
 * @param q a word of the product or the seller's name
 */
public record PurchaseFilter(Integer year, String month, Long unitId, Long townId, Long villageId, Long channelId,
		Long categoryId, PurchaseStatus status, String q) {

	public static PurchaseFilter none() {
		return new PurchaseFilter(null, null, null, null, null, null, null, null, null);
	}

	/** @return the month asked for, when it is a valid month */
	public YearMonth yearMonth() {
		return RequestedMonth.parse(this.month).orElse(null);
	}

	/** @return the year asked for, when it is a plausible one */
	public Integer validYear() {
		return this.year == null || this.year < 2000 || this.year > 2100 ? null : this.year;
	}

	/** @return this filter limited to a unit */
	public PurchaseFilter forUnit(Long unit) {
		return new PurchaseFilter(this.year, this.month, unit, this.townId, this.villageId, this.channelId,
				this.categoryId, this.status, this.q);
	}

	/** @return this filter limited to the sellers of a town */
	public PurchaseFilter forTown(Long town) {
		return new PurchaseFilter(this.year, this.month, this.unitId, town, this.villageId, this.channelId,
				this.categoryId, this.status, this.q);
	}
}
