package org.zhucun.leave.domain;

import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A leave rule refused a request or a transition; carries the message key (in {@code i18n/leave}) the page shows,
 * and, for a submission, the form field it belongs beside.
 */
public class LeaveRuleException extends BusinessRuleException {

	/** The key of a stale action: the step was already decided by someone else. */
	public static final String ALREADY_DECIDED = "leave.error.already-decided";

	public LeaveRuleException(String messageKey) {
		super(null, messageKey);
	}

	private LeaveRuleException(String field, String messageKey, Object[] args) {
		super(field, messageKey, args);
	}

	/** @return a rule violation shown beside the form field of that name */
	public static LeaveRuleException onField(String field, String messageKey, Object... args) {
		return new LeaveRuleException(field, messageKey, args);
	}

	/** @return whether another approver acted first, so the page can say so instead of showing an error page */
	public boolean isStale() {
		return ALREADY_DECIDED.equals(messageKey());
	}
}
