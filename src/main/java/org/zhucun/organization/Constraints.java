package org.zhucun.organization;

import java.util.Map;

import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The organisation tables' unique indexes with the message beside the form field for each (two users saving the same
 * name at the same moment), translated by {@link org.zhucun.shared.domain.DatabaseRules#translate}.
 */
final class Constraints {

	static final Map<String, BusinessRuleException> RULES = Map.of(
			"town_name_ux", new BusinessRuleException("name", "town.name.duplicate"),
			"village_town_name_ux", new BusinessRuleException("name", "village.name.duplicate"),
			"aid_unit_name_ux", new BusinessRuleException("name", "unit.name.duplicate"),
			"unit_leader_one_principal_ux", new BusinessRuleException("leaders", "unit.leaders.one-principal"));

	private Constraints() {
	}
}
