package org.zhucun.organization;

import java.math.BigDecimal;
import java.util.List;

/**
 * A village as its page shows it, with the aid units linked to it.
 * @param editable whether the signed-in user may edit, deactivate or reactivate it
 * @param onlyUnitOpens the one linked unit whose page the signed-in user may open, or {@code null} when they may open
 *        all of them
 */
public record VillageView(Long id, long version, Long townId, String townName, String name,
		VillageCategory category, BigDecimal latitude, BigDecimal longitude, int radiusM, Integer population,
		Integer households, boolean active, List<Choice> units, boolean editable, Long onlyUnitOpens) {

	/** @return whether the signed-in user may open the linked unit's page (else its name is shown as text) */
	public boolean unitOpens(Long unitId) {
		return this.onlyUnitOpens == null || this.onlyUnitOpens.equals(unitId);
	}

	public boolean hasCentre() {
		return this.latitude != null && this.longitude != null;
	}
}
