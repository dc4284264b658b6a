package org.zhucun.organization;

/** The filters of the village list; {@code null} means any. */
public record VillageFilter(String name, Long townId, VillageCategory category, Boolean active) {

	public static final VillageFilter ALL = new VillageFilter(null, null, null, null);
}
