package org.zhucun.purchases.domain;

import org.zhucun.shared.domain.BusinessRuleException;

/** A rule a value broke: the form field (also the import column's id), the message key and its arguments. */
public record Violation(String field, String key, Object... args) {

	public BusinessRuleException toException() {
		return new BusinessRuleException(this.field, this.key, this.args);
	}
}
