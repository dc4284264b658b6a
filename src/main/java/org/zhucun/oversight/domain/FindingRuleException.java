package org.zhucun.oversight.domain;

import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A rule of the finding's flow refused a change: a message key (in {@code i18n/oversight}) shown beside a form field
 * or on the page. A {@link #refused() refusal} says the actor may not take the step at all (the page answers 403).
 */
public class FindingRuleException extends BusinessRuleException {

	/** The key of a step the actor may not take on this finding. */
	public static final String NOT_ALLOWED = "oversight.finding.error.not-allowed";

	/** The key of a step the finding's state does not allow (someone else acted first, or it is closed). */
	public static final String WRONG_STATE = "oversight.finding.error.state";

	FindingRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	/** @return whether the actor may not take the step at all, whatever the finding's state */
	public boolean refused() {
		return NOT_ALLOWED.equals(messageKey());
	}
}
