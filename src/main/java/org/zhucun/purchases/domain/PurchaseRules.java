package org.zhucun.purchases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a purchase's values (DOMAIN §8), the same for the form and the import: every value present, the date
 * not in the future, quantity and amount above zero with at most three and two decimals, names within their length.
 * Whether the village is assisted and the channel and category known is the service's check (it needs the
 * database); it adds its findings to these.
 */
public final class PurchaseRules {

	/** The largest amount of one purchase (numeric(14,2)). */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	/** The largest quantity (numeric(14,3)). */
	public static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999.999");

	/** The earliest date a purchase may carry. */
	public static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

	private PurchaseRules() {
	}

	/** @return every broken rule, in the form's order; empty when the values are acceptable */
	public static List<Violation> check(PurchaseDetails d, LocalDate today) {
		List<Violation> found = new ArrayList<>();
		if (d.date() == null) {
			found.add(new Violation("date", "purchase.error.date-required"));
		}
		else if (d.date().isAfter(today)) {
			found.add(new Violation("date", "purchase.error.date-future"));
		}
		else if (d.date().isBefore(EARLIEST)) {
			found.add(new Violation("date", "purchase.error.date-too-old", EARLIEST.toString()));
		}
		if (d.villageId() == null) {
			found.add(new Violation("villageId", "purchase.error.village-required"));
		}
		if (d.sellerKind() == null) {
			found.add(new Violation("sellerKind", "purchase.error.seller-kind-required"));
		}
		else if (d.sellerKind().named() && blank(d.sellerName())) {
			found.add(new Violation("sellerName", "purchase.error.seller-name-required"));
		}
		if (d.sellerName() != null && d.sellerName().strip().length() > 100) {
			found.add(new Violation("sellerName", "purchase.error.too-long", 100));
		}
		if (blank(d.product())) {
			found.add(new Violation("product", "purchase.error.product-required"));
		}
		else if (d.product().strip().length() > 100) {
			found.add(new Violation("product", "purchase.error.too-long", 100));
		}
		if (d.categoryId() == null) {
			found.add(new Violation("categoryId", "purchase.error.category-required"));
		}
		positive(found, "quantity", d.quantity(), 3, MAX_QUANTITY);
		if (blank(d.measure())) {
			found.add(new Violation("measure", "purchase.error.measure-required"));
		}
		else if (d.measure().strip().length() > 10) {
			found.add(new Violation("measure", "purchase.error.too-long", 10));
		}
		positive(found, "amount", d.amount(), 2, MAX_AMOUNT);
		if (d.channelId() == null) {
			found.add(new Violation("channelId", "purchase.error.channel-required"));
		}
		if (d.destination() == null) {
			found.add(new Violation("destination", "purchase.error.destination-required"));
		}
		if (d.buyerKind() == null) {
			found.add(new Violation("buyerKind", "purchase.error.buyer-kind-required"));
		}
		if (d.note() != null && d.note().strip().length() > 200) {
			found.add(new Violation("note", "purchase.error.too-long", 200));
		}
		return found;
	}

	private static void positive(List<Violation> found, String field, BigDecimal value, int decimals, BigDecimal max) {
		if (value == null) {
			found.add(new Violation(field, "purchase.error." + field + "-required"));
		}
		else if (value.signum() <= 0) {
			found.add(new Violation(field, "purchase.error.not-positive"));
		}
		else if (value.stripTrailingZeros().scale() > decimals) {
			found.add(new Violation(field, "purchase.error.decimals", decimals));
		}
		else if (value.compareTo(max) > 0) {
			found.add(new Violation(field, "purchase.error.too-large"));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
