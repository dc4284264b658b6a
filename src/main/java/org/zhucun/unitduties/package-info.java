/**
 * Unit duties (DOMAIN §6, 单位做后盾): the aid unit's leadership members in the village, the monthly duty rule, the
 * quarterly meetings and the backing of the stationed cadres. Its root package is its API for the monthly report and
 * oversight ({@link org.zhucun.unitduties.UnitDuties}). For speed, {@code unitduties.DutyQueries} reads the names of
 * units, leaders, villages and the teams' memberships from the organisation's and work teams' tables in SQL; nothing
 * else of this module touches another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Unit duties",
		allowedDependencies = { "identity", "organization", "workteams", "attendance", "shared" })
package org.zhucun.unitduties;
