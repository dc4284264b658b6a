/**
 * Oversight (DOMAIN §10, §11): findings of supervision and their rectification, made by hand or in one click from a
 * fact of the other modules (a spot check's discrepancy, a team's reduction), which they link back to.
 *
 * <p>{@code FindingQueries} reads the names of units, teams' villages, towns and cadres from organization's and work
 * teams' tables in the same query as the findings, so that a list page costs one query; it reads nothing else of
 * theirs and writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
		allowedDependencies = { "identity", "organization", "workteams", "attendance", "unitduties", "monthlyreports", "pairings", "purchases", "notifications", "shared" })
package org.zhucun.oversight;
