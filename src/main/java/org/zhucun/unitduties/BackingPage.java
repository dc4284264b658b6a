package org.zhucun.unitduties;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.organization.Choice;

/**
 * A unit's care for its stationed cadres in one year: each cadre's health check, family visits and supplies, and the
 * year's records, newest first.
 * @param townCadresOnly whether the cadres and records are only the town's cadres' (a town official reads the page)
 */
public record BackingPage(Long unitId, String unitName, int year, List<CadreCare> cadres, List<CareEntry> entries,
		List<Choice> cadreChoices, boolean editable, LocalDate today, boolean townCadresOnly) {

	/** @return the cadres without a health check in the year */
	public long withoutHealthCheck() {
		return this.cadres.stream().filter(c -> c.healthCheck() == null).count();
	}

	/** @return the cadres without a family visit in the year */
	public long withoutFamilyVisit() {
		return this.cadres.stream().filter(c -> c.familyVisits() == 0).count();
	}
}
