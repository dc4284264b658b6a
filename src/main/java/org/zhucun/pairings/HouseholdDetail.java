package org.zhucun.pairings;

import java.util.List;

import org.zhucun.pairings.domain.CategoryChange;
import org.zhucun.pairings.domain.HouseholdMember;
import org.zhucun.pairings.domain.IncomeYear;
import org.zhucun.pairings.domain.RiskTag;

/** A household's page: its line, the register's facts, its history (categories, incomes, pairings) and what the reader may do. */
public record HouseholdDetail(HouseholdRow row, String headPhone, String incomeSources, List<RiskTag> risks,
		List<HouseholdMember> members, List<CategoryChange> categories, List<IncomeYear> incomes,
		List<PairingRow> pairings, long version, boolean canEdit, boolean canPair) {

	/** @return the running pairing, or {@code null} */
	public PairingRow openPairing() {
		return this.pairings.stream().filter(PairingRow::open).findFirst().orElse(null);
	}
}
