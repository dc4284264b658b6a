package org.zhucun.organization;

import java.util.List;

/**
 * An aid unit as its page shows it: contact, leadership members, linked villages and how many active cadres.
 * @param activeCadres the active cadres counted: for a town official only the town's cadres (DOMAIN §1)
 * @param townCadres whether {@code activeCadres} counts the town's cadres only (a town official reads it)
 * @param editable whether the signed-in user may edit the unit and its leaders
 * @param officeEditable whether the signed-in user may also change its villages and deactivate or reactivate it
 */
public record UnitView(Long id, long version, String name, UnitKind kind, String phone, String address,
		boolean active, List<LeaderView> leaders, List<VillageSummary> villages, long activeCadres, boolean townCadres,
		boolean editable,
		boolean officeEditable) {

	public List<Long> villageIds() {
		return this.villages.stream().map(VillageSummary::id).toList();
	}
}
