package org.zhucun.organization;

/** The filters of the aid-unit list; {@code townId} keeps units linked to a village of that town. */
public record UnitFilter(String name, UnitKind kind, Boolean active, Long townId) {

	public static final UnitFilter ALL = new UnitFilter(null, null, null, null);
}
