package org.zhucun.organization;

/** The filters of the cadre list; {@code null} means any. */
public record CadreFilter(String name, Long unitId, Boolean active) {

	public static final CadreFilter ALL = new CadreFilter(null, null, null);
}
