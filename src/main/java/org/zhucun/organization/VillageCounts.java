package org.zhucun.organization;

import java.util.EnumMap;
import java.util.Map;

/** How many active villages of each category a town has. */
public record VillageCounts(long registeredPoor, long nonPoorWithTasks, long other) {

	public static final VillageCounts NONE = new VillageCounts(0, 0, 0);

	public static VillageCounts of(Map<VillageCategory, Long> counts) {
		Map<VillageCategory, Long> c = new EnumMap<>(VillageCategory.class);
		c.putAll(counts);
		return new VillageCounts(c.getOrDefault(VillageCategory.REGISTERED_POOR, 0L),
				c.getOrDefault(VillageCategory.NON_POOR_WITH_TASKS, 0L), c.getOrDefault(VillageCategory.OTHER, 0L));
	}

	public long total() {
		return this.registeredPoor + this.nonPoorWithTasks + this.other;
	}
}
