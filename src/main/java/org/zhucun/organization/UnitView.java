package org.zhucun.organization;

import java.util.List;

/**
 * An aid unit as its page shows it: contact, leadership members, linked villages and how many active cadres.
 * @param activeCadres the active cadres counted: for a town official only the town's cadres (DOMAIN §1)
 * @param readerTown the town of the town official reading the page, else {@code null}: {@code activeCadres} then
 * counts the town's cadres only, and only the town's linked villages are links
 * @param editable whether the signed-in user may edit the unit and its leaders
 * @param officeEditable whether the signed-in user may also change its villages and deactivate or reactivate it
 */
public record UnitView(Long id, long version, String name, UnitKind kind, String phone, String address,
		boolean active, List<LeaderView> leaders, List<VillageSummary> villages, long activeCadres, Long readerTown,
		boolean editable,
		boolean officeEditable) {

	/** @return whether {@code activeCadres} counts the town's cadres only (a town official reads the page) */
	public boolean townCadres() {
		return this.readerTown != null;
	}

	/** @return whether the reader may open the linked village's page (a town official: the town's villages only) */
	public boolean opensVillage(VillageSummary village) {
		return this.readerTown == null || this.readerTown.equals(village.townId());
	}

	public List<Long> villageIds() {
		return this.villages.stream().map(VillageSummary::id).toList();
	}
}
