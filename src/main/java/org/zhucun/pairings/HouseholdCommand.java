package org.zhucun.pairings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhucun.pairings.domain.HouseholdCategory;
import org.zhucun.pairings.domain.MonitoredKind;
import org.zhucun.pairings.domain.Relation;
import org.zhucun.pairings.domain.RiskTag;

/**
 * What the household form (and the import) gives: the register's facts, the category from a date, and optionally
 * the income per person of one year.
 */
public record HouseholdCommand(String code, Long villageId, String headName, String headPhone,
		HouseholdCategory category, MonitoredKind monitoredKind, LocalDate categoryFrom, String categoryReason,
		Set<RiskTag> risks, String incomeSources, List<Member> members, Integer incomeYear, BigDecimal income,
		long version) {

	/** A member as entered. */
	public record Member(String name, Relation relation, Integer birthYear, String notes) {
	}
}
