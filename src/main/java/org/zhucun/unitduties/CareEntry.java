package org.zhucun.unitduties;

import java.time.LocalDate;

import org.zhucun.unitduties.domain.CareKind;

/**
 * One record of care for a cadre.
 * @param id the record (in its kind's table)
 * @param kind supply, health check or family visit
 * @param cadreId the cadre
 * @param cadreName the cadre's name
 * @param day when
 * @param what what was provided or brought, or the health check's note
 * @param by who visited the family ({@code null} for the other kinds)
 */
public record CareEntry(Long id, CareKind kind, Long cadreId, String cadreName, LocalDate day, String what, String by) {
}
