package org.zhucun.workteams;

/** A registered poor village without an active team. */
public record VillageGap(Long villageId, String villageName, Long townId, String townName) {
}
