package org.zhucun.leave.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One step's decision on a leave request, kept in the request's history.
 * @param step the step that decided
 * @param decidedBy the id of the account that decided
 * @param approved whether the step approved (otherwise it rejected)
 * @param comment the reason of a rejection (required), or an optional comment on an approval
 * @param at when the decision was made
 */
public record Decision(ApprovalStep step, long decidedBy, boolean approved, String comment, Instant at) {

	public Decision {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(at, "at");
		if (!approved && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("a rejection has a reason");
		}
	}
}
