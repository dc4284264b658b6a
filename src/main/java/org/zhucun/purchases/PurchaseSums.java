package org.zhucun.purchases;

import java.math.BigDecimal;

/** The sums of a filtered list: how many purchases, their amount, and the counted (received-and-paid) amount. */
public record PurchaseSums(long count, BigDecimal amount, BigDecimal counted) {
}
