/**
 * Monthly reports (DOMAIN §9): one per aid unit and month, pre-filled from the records, submitted, reviewed, returned
 * or accepted; completeness, exports, reminders. {@code CompletenessQueries} reads the organization's units, villages
 * and towns in SQL for the month's table (one query for all units).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monthly reports", allowedDependencies = { "identity", "organization", "workteams", "attendance", "unitduties", "pairings", "purchases", "notifications", "shared" })
package org.zhucun.monthlyreports;
