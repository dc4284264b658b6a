package org.zhucun.oversight.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One step in a finding's history.
 * @param action what was done
 * @param at when
 * @param byName who, as shown then (null for the system's escalation)
 * @param text the answer, the reason it was sent back, or the verification note; may be null
 */
@Embeddable
public record FindingStep(@Enumerated(EnumType.STRING) @Column(name = "action", nullable = false) FindingAction action,
		@Column(name = "at", nullable = false) Instant at, @Column(name = "by_name") String byName,
		@Column(name = "text") String text) {

	public FindingStep {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(at, "at");
	}
}
