package org.zhucun.workteams;

import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * Turns a violation of the module's database rules (two saves at the same moment that each passed the service's
 * check) into the same message beside the form field, so that a race never ends on the error page.
 */
final class TeamConstraints {

	private static final Map<String, BusinessRuleException> RULES = Map.of(
			"work_team_one_active_per_poor_village_ux", new BusinessRuleException("villageId", "team.village.has-active-team"),
			"team_membership_one_active_per_cadre_ux", new BusinessRuleException("cadreId", "team.member.taken-meanwhile"),
			"team_membership_one_leader_ex", new BusinessRuleException("role", "team.member.second-leader"));

	private TeamConstraints() {
	}

	/** @return the field message for a known rule, or the exception itself */
	static RuntimeException translate(DataIntegrityViolationException ex) {
		String name = constraintName(ex);
		BusinessRuleException rule = name == null ? null : RULES.get(name);
		return rule == null ? ex : new BusinessRuleException(rule.field(), rule.messageKey());
	}

	static String constraintName(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.hibernate.exception.ConstraintViolationException violation
					&& violation.getConstraintName() != null) {
				String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
				return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
			}
			String message = t.getMessage();
			if (message != null) {
				for (String known : RULES.keySet()) {
					if (message.contains("\"" + known + "\"")) {
						return known;
					}
				}
			}
		}
		return null;
	}
}
