package org.zhucun.organization;

import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * Turns a unique-index violation of the organisation tables (two users saving the same name at the same moment)
 * into the message beside the form field, so that a race never ends on the error page.
 */
final class Constraints {

	private static final Map<String, BusinessRuleException> RULES = Map.of(
			"town_name_ux", new BusinessRuleException("name", "town.name.duplicate"),
			"village_town_name_ux", new BusinessRuleException("name", "village.name.duplicate"),
			"aid_unit_name_ux", new BusinessRuleException("name", "unit.name.duplicate"),
			"unit_leader_one_principal_ux", new BusinessRuleException("leaders", "unit.leaders.one-principal"));

	private Constraints() {
	}

	/** @return the field message for a known index, or the exception itself */
	static RuntimeException translate(DataIntegrityViolationException ex) {
		String name = constraintName(ex);
		if (name != null) {
			BusinessRuleException rule = RULES.get(name);
			if (rule != null) {
				return new BusinessRuleException(rule.field(), rule.messageKey());
			}
		}
		return ex;
	}

	static String constraintName(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
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
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}
}
