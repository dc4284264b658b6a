package org.zhucun.organization;

/**
 * A town as its page shows it.
 * @param editable whether the signed-in user may edit, deactivate or reactivate it
 */
public record TownView(Long id, long version, String name, int sortOrder, boolean active, VillageCounts villages,
		boolean editable) {
}
