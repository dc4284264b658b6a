package org.zhucun.organization;

import java.math.BigDecimal;

/**
 * What the office or a town official enters for a village; a town official's town is always their own.
 * {@code version} is the one the form was built on (0 for a new village).
 */
public record VillageCommand(Long townId, String name, VillageCategory category, BigDecimal latitude,
		BigDecimal longitude, int radiusM, Integer population, Integer households, long version) {
}
