package org.zhucun.organization;

import java.math.BigDecimal;

/** A village as listed and exported, with its town's name and how many aid units are linked to it. */
public record VillageSummary(Long id, String name, Long townId, String townName, VillageCategory category,
		BigDecimal latitude, BigDecimal longitude, int radiusM, Integer population, Integer households,
		boolean active, long unitCount) {
}
