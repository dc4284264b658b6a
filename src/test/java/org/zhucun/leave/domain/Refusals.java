package org.zhucun.leave.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a leave rule refused an action with a given message key. */
final class Refusals {

	private Refusals() {
	}

	/** @return the refusal, for further checks */
	static LeaveRuleException assertRefused(ThrowingCallable action, String messageKey) {
		LeaveRuleException refusal = catchThrowableOfType(LeaveRuleException.class, action);
		assertThat(refusal).as("refusal with %s", messageKey).isNotNull();
		assertThat(refusal.messageKey()).isEqualTo(messageKey);
		return refusal;
	}

	static void assertRefusedBeside(ThrowingCallable action, String field, String messageKey) {
		assertThat(assertRefused(action, messageKey).field()).isEqualTo(field);
	}
}
