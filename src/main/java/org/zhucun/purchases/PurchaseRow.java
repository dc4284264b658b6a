package org.zhucun.purchases;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhucun.purchases.domain.BuyerKind;
import org.zhucun.purchases.domain.Destination;
import org.zhucun.purchases.domain.PurchaseStatus;
import org.zhucun.purchases.domain.SellerKind;

/** A purchase as the lists and the export show it, with the names of its unit, village, town, channel, category. */
public record PurchaseRow(Long id, Long unitId, String unitName, LocalDate date, Long villageId, String villageName,
		Long townId, String townName, SellerKind sellerKind, String sellerName, String product, Long categoryId,
		String categoryName, BigDecimal quantity, String measure, BigDecimal amount, Long channelId,
		String channelName, Destination destination, BuyerKind buyerKind, PurchaseStatus status, LocalDate receivedOn,
		LocalDate paidOn, String note, long version) {

	/** @return the seller as shown: the named cooperative or household, or the village */
	public String seller() {
		return this.sellerName == null ? this.villageName : this.sellerName;
	}
}
