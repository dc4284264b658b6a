package org.zhucun.oversight.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.BaseEntity;

/**
 * A nomination of a cadre or a team for an award (推荐评优, DOMAIN §11): made by the aid unit with the facts that
 * support it, as the records stood that day, then approved or declined by the office with a note (a decline needs
 * one).
 */
@Entity
@Table(name = "oversight_nomination")
@Audited
public class Nomination extends BaseEntity {

	/** The longest award name. */
	public static final int MAX_AWARD = 100;

	/** The longest reason. */
	public static final int MAX_REASON = 2000;

	/** The longest review note. */
	public static final int MAX_NOTE = 500;

	@Enumerated(EnumType.STRING)
	@Column(name = "nominee_kind", nullable = false, updatable = false)
	private SubjectKind nomineeKind;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Column(name = "cadre_id", updatable = false)
	private Long cadreId;

	@Column(nullable = false, updatable = false)
	private String award;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String facts;

	@Column(name = "nominated_on", nullable = false, updatable = false)
	private LocalDate nominatedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NominationState state;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	/** For persistence frameworks only. */
	protected Nomination() {
	}

	/**
	 * The unit nominates its cadre or team.
	 * @param subject a cadre or a team of the unit (never the unit itself)
	 * @throws BusinessRuleException beside {@code award} or {@code reason}
	 */
	public static Nomination submit(Subject subject, String award, String reason, String facts, LocalDate today) {
		if (subject.kind() == SubjectKind.UNIT) {
			throw new IllegalArgumentException("A unit nominates a cadre or a team");
		}
		Nomination nomination = new Nomination();
		nomination.nomineeKind = subject.kind();
		nomination.unitId = subject.unitId();
		nomination.teamId = subject.kind() == SubjectKind.TEAM ? subject.teamId() : null;
		nomination.cadreId = subject.kind() == SubjectKind.CADRE ? subject.cadreId() : null;
		nomination.award = Texts.required("award", award, MAX_AWARD, "oversight.nomination.error.award");
		nomination.reason = Texts.required("reason", reason, MAX_REASON, "oversight.nomination.error.reason");
		nomination.facts = facts;
		nomination.nominatedOn = today;
		nomination.state = NominationState.SUBMITTED;
		return nomination;
	}

	/**
	 * The office approves (note optional) or declines (note required) a submitted nomination.
	 * @throws BusinessRuleException beside {@code note} when a decline has none or it is too long; global when it was
	 * reviewed before
	 */
	public void review(boolean approve, String note, LocalDate today) {
		if (this.state != NominationState.SUBMITTED) {
			throw BusinessRuleException.global("oversight.nomination.error.reviewed");
		}
		String cleaned = note == null || note.isBlank() ? null : note.strip();
		if (!approve && cleaned == null) {
			throw new BusinessRuleException("note", "oversight.nomination.error.note-required");
		}
		if (cleaned != null && cleaned.length() > MAX_NOTE) {
			throw new BusinessRuleException("note", "oversight.nomination.error.note-too-long", MAX_NOTE);
		}
		this.state = approve ? NominationState.APPROVED : NominationState.DECLINED;
		this.reviewNote = cleaned;
		this.reviewedOn = today;
	}

	public Long unitId() {
		return this.unitId;
	}

	public NominationState state() {
		return this.state;
	}
}
