package org.zhucun.identity;

import java.util.Set;

/**
 * Which cadres the signed-in account sees in full (DOMAIN §1, §2): everyone for the office, the town's cadres
 * ({@link TownCadres}) for a town official, the cadres of their own unit for the other roles. Computed with one query at
 * most for a page of rows.
 */
public final class CadreSight {

	private final boolean all;

	private final Long unitId;

	private final Set<Long> cadreIds;

	private CadreSight(boolean all, Long unitId, Set<Long> cadreIds) {
		this.all = all;
		this.unitId = unitId;
		this.cadreIds = cadreIds;
	}

	static CadreSight everyone() {
		return new CadreSight(true, null, Set.of());
	}

	static CadreSight cadres(Set<Long> cadreIds) {
		return new CadreSight(false, null, Set.copyOf(cadreIds));
	}

	static CadreSight unit(Long unitId) {
		return new CadreSight(false, unitId, Set.of());
	}

	/** @return whether the account sees this cadre (of that unit) in full */
	public boolean sees(Long cadreId, Long cadreUnitId) {
		return this.all || (this.unitId != null && this.unitId.equals(cadreUnitId))
				|| (cadreId != null && this.cadreIds.contains(cadreId));
	}
}
