package org.zhucun.unitduties;

import java.time.LocalDate;

/**
 * A stationed cadre's care in one year.
 * @param cadreId the cadre
 * @param cadreName the cadre's name
 * @param villages the villages of the cadre's active teams
 * @param healthCheck the day of the year's health check, or {@code null} while not yet
 * @param familyVisits visits to the cadre's family in the year
 * @param lastFamilyVisit the last of them, or {@code null}
 * @param supplies supplies provided in the year
 * @param lastSupply the last of them, or {@code null}
 */
public record CadreCare(Long cadreId, String cadreName, String villages, LocalDate healthCheck, int familyVisits,
		LocalDate lastFamilyVisit, int supplies, LocalDate lastSupply) {
}
