package org.zhucun.leave.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One step's decision on a leave request, kept in the request's history.
 * @param step the step that decided
 * @param decidedBy the id of the account that decided
 * @param decidedByName the name of the deciding account when it decided, for the history; may be null
 * @param approved whether the step approved (otherwise it rejected)
 * @param comment the reason of a rejection (required), or an optional comment on an approval
 * @param at when the decision was made
 */
@Embeddable
public record Decision(@Enumerated(EnumType.STRING) @Column(name = "step", nullable = false) ApprovalStep step,
		@Column(name = "decided_by", nullable = false) long decidedBy,
		@Column(name = "decided_by_name") String decidedByName,
		@Column(name = "approved", nullable = false) boolean approved, @Column(name = "comment") String comment,
		@Column(name = "decided_at", nullable = false) Instant at) {

	public Decision {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(at, "at");
		if (!approved && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("a rejection has a reason");
		}
	}

	/** A decision without the decider's name. */
	public Decision(ApprovalStep step, long decidedBy, boolean approved, String comment, Instant at) {
		this(step, decidedBy, null, approved, comment, at);
	}
}
