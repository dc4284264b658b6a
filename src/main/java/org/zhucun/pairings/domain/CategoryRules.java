package org.zhucun.pairings.domain;

import java.util.List;

/**
 * Which category a household may take given its history: a household is registered in any category but
 * 脱贫不稳定户; a poor household can only be lifted; a lifted household can be monitored (any kind) but never be
 * poor again; a monitored household goes back to lifted only when it was poor or lifted before, and is never poor
 * again. No other change is allowed (the national rule since 2021: no new 未脱贫户).
 */
public final class CategoryRules {

	/** Message key of a category the history does not allow. */
	public static final String NOT_ALLOWED = "pairings.household.category.not-allowed";

	/** Message key of a monitored household without its kind, or a kind on another category. */
	public static final String KIND_REQUIRED = "pairings.household.kind.required";

	private CategoryRules() {
	}

	/** @return whether a new household may be registered in the category and kind */
	public static boolean allowsRegistration(HouseholdCategory category, MonitoredKind kind) {
		return kindFits(category, kind) && kind != MonitoredKind.UNSTABLE;
	}

	/**
	 * @param history the categories the household had, oldest first, the last the current one
	 * @return whether the household may change to the category and kind
	 */
	public static boolean allowsChange(List<HouseholdCategory> history, HouseholdCategory to, MonitoredKind kind) {
		if (!kindFits(to, kind) || history.isEmpty()) {
			return history.isEmpty() && allowsRegistration(to, kind);
		}
		HouseholdCategory current = history.get(history.size() - 1);
		boolean wasRegistered = history.contains(HouseholdCategory.POOR) || history.contains(HouseholdCategory.LIFTED);
		return switch (to) {
			case POOR -> current == HouseholdCategory.POOR;
			case LIFTED -> current == HouseholdCategory.POOR || current == HouseholdCategory.LIFTED
					|| (current == HouseholdCategory.MONITORED && wasRegistered);
			case MONITORED -> current != HouseholdCategory.POOR
					&& (kind != MonitoredKind.UNSTABLE || wasRegistered);
		};
	}

	/** @return whether the kind is given exactly for a monitored household */
	public static boolean kindFits(HouseholdCategory category, MonitoredKind kind) {
		return category != null && (category == HouseholdCategory.MONITORED) == (kind != null);
	}
}
