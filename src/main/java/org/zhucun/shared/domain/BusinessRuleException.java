package org.zhucun.shared.domain;

/**
 * A rule of the work refused a change; carries a message key (and arguments) that the page shows to the user,
 * optionally beside a named form field.
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public BusinessRuleException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public static BusinessRuleException global(String messageKey, Object... args) {
		return new BusinessRuleException(null, messageKey, args);
	}

	/** @return the form field the message belongs beside, or {@code null} for the whole form */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args;
	}
}
