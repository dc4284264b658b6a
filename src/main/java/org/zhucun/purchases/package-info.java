/**
 * Consumption aid (DOMAIN §8): the units' purchases of the assisted villages' produce, the office's channels and
 * categories, the reserved shares (预留份额) per unit and year, progress and pace, overviews, Excel import and export.
 *
 * <p>For speed, the lists and totals read organization's tables (aid_unit, village, town, aid_unit_village) in SQL;
 * all of that SQL is in {@link org.zhucun.purchases.PurchaseQueries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchases", allowedDependencies = { "identity", "organization", "shared" })
package org.zhucun.purchases;
