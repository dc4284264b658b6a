package org.zhucun.workteams;

import java.util.Map;

import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The module's database rules with the message beside the form field for each (two saves at the same moment that
 * each passed the service's check), translated by {@link org.zhucun.shared.domain.DatabaseRules#translate}.
 */
final class TeamConstraints {

	static final Map<String, BusinessRuleException> RULES = Map.of(
			"work_team_one_active_per_poor_village_ux", new BusinessRuleException("villageId", "team.village.has-active-team"),
			"team_membership_one_active_per_cadre_ux", new BusinessRuleException("cadreId", "team.member.taken-meanwhile"),
			"team_membership_one_leader_ex", new BusinessRuleException("role", "team.member.second-leader"));

	private TeamConstraints() {
	}
}
