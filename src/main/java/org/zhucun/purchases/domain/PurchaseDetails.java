package org.zhucun.purchases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a purchase records, as entered (form or spreadsheet row); {@link PurchaseRules#check} says what is wrong.
 * @param sellerName the cooperative's or household's name; ignored for a village
 * @param measure the unit of measure of the quantity (斤, 公斤, 箱…)
 */
public record PurchaseDetails(Long unitId, LocalDate date, Long villageId, SellerKind sellerKind, String sellerName,
		String product, Long categoryId, BigDecimal quantity, String measure, BigDecimal amount, Long channelId,
		Destination destination, BuyerKind buyerKind, String note) {
}
