package org.zhucun.shared.domain;

import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The one translator from the database's rules to field messages: when two users save at the same moment and both
 * pass the service's check, a unique index or exclusion constraint refuses the second; the service turns that into
 * the same message beside the form field, so that a race never ends on an error page. Each module keeps the map of
 * its own constraint names.
 */
public final class DatabaseRules {

	private DatabaseRules() {
	}

	/**
	 * @param rules the module's constraint names (lower case, as in its migrations) with the message for each
	 * @return the rule's message for a known constraint, or the exception itself
	 */
	public static RuntimeException translate(DataIntegrityViolationException ex, Map<String, BusinessRuleException> rules) {
		String name = constraintName(ex, rules);
		BusinessRuleException rule = name == null ? null : rules.get(name);
		return rule == null ? ex : new BusinessRuleException(rule.field(), rule.messageKey(), rule.args());
	}

	/** @return the name of the violated constraint among the known ones, or {@code null} */
	public static String constraintName(Throwable ex, Map<String, ?> known) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.hibernate.exception.ConstraintViolationException violation
					&& violation.getConstraintName() != null) {
				String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
				name = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
				if (known.containsKey(name)) {
					return name;
				}
			}
			String message = t.getMessage();
			if (message != null) {
				for (String name : known.keySet()) {
					if (message.contains("\"" + name + "\"")) {
						return name;
					}
				}
			}
		}
		return null;
	}
}
