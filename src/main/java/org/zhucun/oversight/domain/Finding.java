package org.zhucun.oversight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhucun.shared.domain.BaseEntity;

/**
 * A finding of supervision (督查问题) and its rectification (整改), DOMAIN §10: recorded by the office, assigned to the
 * aid unit, answered by the unit with what it did, then verified and closed by the office or sent back with a reason
 * and answered again. A finding whose deadline has passed before the unit answered is overdue, and is escalated once.
 *
 * <p>Each step checks who takes it ({@link #may}) and the state; a refusal throws {@link FindingRuleException} with
 * {@link FindingRuleException#NOT_ALLOWED}, a step the state does not allow {@link FindingRuleException#WRONG_STATE},
 * bad input a message beside its form field.
 */
@Entity
@Table(name = "oversight_finding")
@Audited
public class Finding extends BaseEntity {

	/** Form field of the description. */
	public static final String DESCRIPTION = "description";

	/** Form field of the deadline. */
	public static final String DEADLINE = "deadline";

	/** Form field of the unit's answer. */
	public static final String ANSWER = "answer";

	/** Form field of the reason for sending an answer back. */
	public static final String REASON = "reason";

	/** The longest description. */
	public static final int MAX_DESCRIPTION = 1000;

	/** The longest answer. */
	public static final int MAX_ANSWER = 2000;

	/** The longest reason for sending back. */
	public static final int MAX_REASON = 500;

	/** How far ahead a deadline may be set. */
	static final int MAX_DEADLINE_DAYS = 366;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private FindingSource source;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, updatable = false)
	private SubjectKind subjectKind;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Column(name = "cadre_id", updatable = false)
	private Long cadreId;

	@Column(name = "town_id", updatable = false)
	private Long townId;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "found_on", nullable = false, updatable = false)
	private LocalDate foundOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FindingState state;

	private String answer;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Column(name = "send_back_reason")
	private String sendBackReason;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "fact_kind", updatable = false)
	private FactKind factKind;

	@Column(name = "fact_id", updatable = false)
	private Long factId;

	@Column(name = "fact_month", updatable = false)
	private String factMonth;

	@Column(name = "escalated_on")
	private LocalDate escalatedOn;

	@ElementCollection
	@CollectionTable(name = "oversight_finding_step", joinColumns = @JoinColumn(name = "finding_id"))
	@OrderBy("at")
	@NotAudited
	private List<FindingStep> steps = new ArrayList<>();

	/** For persistence frameworks only. */
	protected Finding() {
	}

	/**
	 * The office records a finding, open until it assigns it to the unit.
	 * @param fact the fact it is made from, or null for a finding recorded by hand
	 * @param today the day it is found, in Asia/Shanghai
	 * @throws FindingRuleException refused for anyone but the office; beside {@code description} when missing or too
	 * long; beside {@code deadline} when missing, before today or more than a year ahead
	 */
	public static Finding open(Actor by, FindingSource source, Subject subject, String description,
			LocalDate deadline, Fact fact, LocalDate today, Instant at) {
		if (!by.isOffice()) {
			throw refused();
		}
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(subject, "subject");
		Finding finding = new Finding();
		finding.source = source;
		finding.subjectKind = subject.kind();
		finding.unitId = subject.unitId();
		finding.teamId = subject.teamId();
		finding.cadreId = subject.cadreId();
		finding.townId = subject.townId();
		finding.description = text(DESCRIPTION, description, MAX_DESCRIPTION, "oversight.finding.error.description");
		finding.deadline = checkDeadline(deadline, today);
		finding.foundOn = today;
		finding.state = FindingState.OPEN;
		if (fact != null) {
			finding.factKind = fact.kind();
			finding.factId = fact.id();
			finding.factMonth = fact.month() == null ? null : fact.month().toString();
		}
		finding.steps.add(new FindingStep(FindingAction.OPEN, at, by.name(), null));
		return finding;
	}

	/** @return whether the actor may take the step now (who and state together) */
	public boolean may(Actor actor, FindingAction action) {
		return allowed(actor, action) && stateAllows(action);
	}

	/** @return whether the actor may see the finding: the office, the unit it concerns, the town it is kept under */
	public boolean visibleTo(Actor actor) {
		return switch (actor.kind()) {
			case OFFICE -> true;
			case UNIT -> Objects.equals(actor.unitId(), this.unitId);
			case TOWN -> this.townId != null && Objects.equals(actor.townId(), this.townId);
			case OTHER -> false;
		};
	}

	/** The office hands the open finding to the unit. */
	public void assign(Actor by, Instant at) {
		require(by, FindingAction.ASSIGN);
		this.state = FindingState.ASSIGNED;
		this.steps.add(new FindingStep(FindingAction.ASSIGN, at, by.name(), null));
	}

	/**
	 * The unit answers what it did to rectify, assigned or sent back.
	 * @throws FindingRuleException beside {@code answer} when it is missing or too long
	 */
	public void answer(Actor by, String answer, LocalDate today, Instant at) {
		require(by, FindingAction.ANSWER);
		this.answer = text(ANSWER, answer, MAX_ANSWER, "oversight.finding.error.answer");
		this.answeredOn = today;
		this.state = FindingState.ANSWERED;
		this.steps.add(new FindingStep(FindingAction.ANSWER, at, by.name(), this.answer));
	}

	/**
	 * The office sends an answer back, with the reason; the unit answers again.
	 * @throws FindingRuleException beside {@code reason} when it is missing or too long
	 */
	public void sendBack(Actor by, String reason, Instant at) {
		require(by, FindingAction.SEND_BACK);
		this.sendBackReason = text(REASON, reason, MAX_REASON, "oversight.finding.error.reason");
		this.state = FindingState.SENT_BACK;
		this.steps.add(new FindingStep(FindingAction.SEND_BACK, at, by.name(), this.sendBackReason));
	}

	/** The office verifies the answer and closes the finding, with an optional note. */
	public void close(Actor by, String note, LocalDate today, Instant at) {
		require(by, FindingAction.CLOSE);
		String cleaned = note == null || note.isBlank() ? null : note.strip();
		if (cleaned != null && cleaned.length() > MAX_REASON) {
			throw new FindingRuleException(REASON, "oversight.finding.error.reason-too-long", MAX_REASON);
		}
		this.state = FindingState.CLOSED;
		this.closedOn = today;
		this.steps.add(new FindingStep(FindingAction.CLOSE, at, by.name(), cleaned));
	}

	/** @return whether the rectification is still to be done and its deadline has passed */
	public boolean isOverdue(LocalDate today) {
		return FindingState.PENDING_RECTIFICATION.contains(this.state) && today.isAfter(this.deadline);
	}

	/**
	 * Escalates an overdue finding, once: the caller tells the unit, its town and the office.
	 * @return whether it was escalated now (false when not overdue or already escalated)
	 */
	public boolean escalate(LocalDate today, Instant at) {
		if (!isOverdue(today) || this.escalatedOn != null) {
			return false;
		}
		this.escalatedOn = today;
		this.steps.add(new FindingStep(FindingAction.ESCALATE, at, null, null));
		return true;
	}

	private void require(Actor by, FindingAction action) {
		if (!allowed(by, action)) {
			throw refused();
		}
		if (!stateAllows(action)) {
			throw new FindingRuleException(null, FindingRuleException.WRONG_STATE);
		}
	}

	private boolean allowed(Actor actor, FindingAction action) {
		return switch (action) {
			case OPEN, ASSIGN, SEND_BACK, CLOSE -> actor.isOffice();
			case ANSWER -> actor.kind() == Actor.Kind.UNIT && Objects.equals(actor.unitId(), this.unitId);
			case ESCALATE -> false;
		};
	}

	private boolean stateAllows(FindingAction action) {
		return switch (action) {
			case OPEN -> false;
			case ASSIGN -> this.state == FindingState.OPEN;
			case ANSWER -> this.state.awaitsUnit();
			case SEND_BACK, CLOSE -> this.state == FindingState.ANSWERED;
			case ESCALATE -> FindingState.PENDING_RECTIFICATION.contains(this.state) && this.escalatedOn == null;
		};
	}

	private static FindingRuleException refused() {
		return new FindingRuleException(null, FindingRuleException.NOT_ALLOWED);
	}

	private static String text(String field, String value, int max, String key) {
		if (value == null || value.isBlank()) {
			throw new FindingRuleException(field, key + "-required");
		}
		String cleaned = value.strip();
		if (cleaned.length() > max) {
			throw new FindingRuleException(field, key + "-too-long", max);
		}
		return cleaned;
	}

	private static LocalDate checkDeadline(LocalDate deadline, LocalDate today) {
		if (deadline == null) {
			throw new FindingRuleException(DEADLINE, "oversight.finding.error.deadline-required");
		}
		if (deadline.isBefore(today)) {
			throw new FindingRuleException(DEADLINE, "oversight.finding.error.deadline-past");
		}
		if (deadline.isAfter(today.plusDays(MAX_DEADLINE_DAYS))) {
			throw new FindingRuleException(DEADLINE, "oversight.finding.error.deadline-far");
		}
		return deadline;
	}

	public FindingSource source() {
		return this.source;
	}

	public Subject subject() {
		return new Subject(this.subjectKind, this.unitId, this.teamId, this.cadreId, this.townId);
	}

	public Long unitId() {
		return this.unitId;
	}

	public String description() {
		return this.description;
	}

	public LocalDate deadline() {
		return this.deadline;
	}

	public LocalDate foundOn() {
		return this.foundOn;
	}

	public FindingState state() {
		return this.state;
	}

	public Optional<String> answer() {
		return Optional.ofNullable(this.answer);
	}

	public Optional<LocalDate> answeredOn() {
		return Optional.ofNullable(this.answeredOn);
	}

	public Optional<String> sendBackReason() {
		return Optional.ofNullable(this.sendBackReason);
	}

	public Optional<LocalDate> closedOn() {
		return Optional.ofNullable(this.closedOn);
	}

	public Optional<LocalDate> escalatedOn() {
		return Optional.ofNullable(this.escalatedOn);
	}

	/** @return the fact it was made from, if any */
	public Optional<Fact> fact() {
		return this.factKind == null ? Optional.empty()
				: Optional.of(new Fact(this.factKind, this.factId,
						this.factMonth == null ? null : YearMonth.parse(this.factMonth)));
	}

	/** @return the history, oldest first */
	public List<FindingStep> steps() {
		return List.copyOf(this.steps);
	}
}
