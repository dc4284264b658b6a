package org.zhucun.organization;

import java.math.BigDecimal;
import java.util.List;

/**
 * A village as its page shows it, with the aid units linked to it.
 * @param editable whether the signed-in user may edit, deactivate or reactivate it
 */
public record VillageView(Long id, long version, Long townId, String townName, String name,
		VillageCategory category, BigDecimal latitude, BigDecimal longitude, int radiusM, Integer population,
		Integer households, boolean active, List<Choice> units, boolean editable) {

	public boolean hasCentre() {
		return this.latitude != null && this.longitude != null;
	}
}
