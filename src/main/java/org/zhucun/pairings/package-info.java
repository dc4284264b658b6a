/**
 * Households and pairings (DOMAIN §7): the household register, cadres paired with households, contact logs with the
 * overdue rule, and monitoring for return to poverty. Its lists read the organisation's tables (village, town, cadre,
 * aid_unit, aid_unit_village) in SQL for speed, only in {@code HouseholdQueries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pairings", allowedDependencies = { "identity", "organization", "workteams", "shared" })
package org.zhucun.pairings;
