package org.zhucun.pairings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * A household flagged for return to poverty (防止返贫监测) and its way: verify → publish in the village for at least
 * the publicity days → town review → district confirmation, all due within the deadline days of the flag; then
 * assistance measures ({@link MonitoringMeasure}), and finally the risk cleared; or "not included" at a review step,
 * with a reason. Each step is guarded (state and the role that owns it, {@link MonitoringActor#owns}) and audited.
 */
@Entity
@Table(name = "monitoring_case")
@Audited
public class MonitoringCase extends BaseEntity {

	/** Refused: the step does not follow from the case's state. */
	public static final String WRONG_STATE = "pairings.monitoring.wrong-state";

	/** Form field of a step's date. */
	public static final String DATE_FIELD = "date";

	/** Form field of a step's reason. */
	public static final String REASON_FIELD = "reason";

	@Column(name = "household_id", nullable = false, updatable = false)
	private long householdId;

	@Column(name = "flagged_on", nullable = false, updatable = false)
	private LocalDate flaggedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private MonitoringSource source;

	@Column(name = "flag_reason", nullable = false, updatable = false)
	private String flagReason;

	@Column(name = "income", updatable = false)
	private BigDecimal income;

	@Column(name = "deadline", nullable = false, updatable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MonitoringState state = MonitoringState.FLAGGED;

	@Column(name = "verified_on")
	private LocalDate verifiedOn;

	@Column(name = "publicity_from")
	private LocalDate publicityFrom;

	@Column(name = "town_reviewed_on")
	private LocalDate townReviewedOn;

	@Column(name = "confirmed_on")
	private LocalDate confirmedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "close_reason")
	private String closeReason;

	protected MonitoringCase() {
	}

	/**
	 * Flags a household.
	 * @param deadlineDays the days from the flag within which the district must have confirmed (15)
	 */
	public MonitoringCase(long householdId, LocalDate flaggedOn, MonitoringSource source, String reason,
			BigDecimal income, int deadlineDays, LocalDate today) {
		if (flaggedOn.isAfter(today)) {
			throw new BusinessRuleException("flaggedOn", "pairings.monitoring.date.future");
		}
		if (income != null && income.signum() < 0) {
			throw new BusinessRuleException("income", "pairings.household.income.negative");
		}
		this.householdId = householdId;
		this.flaggedOn = flaggedOn;
		this.source = source;
		this.flagReason = reason;
		this.income = income;
		this.deadline = flaggedOn.plusDays(deadlineDays);
	}

	/** Verified by the paired cadre's unit. */
	public void verify(MonitoringActor actor, LocalDate on, LocalDate today) {
		guard(MonitoringStep.VERIFY, actor, MonitoringState.FLAGGED);
		this.verifiedOn = checkDay(on, this.flaggedOn, today);
		this.state = MonitoringState.VERIFIED;
	}

	/** Published in the village by the town, from a day. */
	public void publish(MonitoringActor actor, LocalDate from, LocalDate today) {
		guard(MonitoringStep.PUBLISH, actor, MonitoringState.VERIFIED);
		this.publicityFrom = checkDay(from, this.verifiedOn, today);
		this.state = MonitoringState.IN_PUBLICITY;
	}

	/**
	 * The town's review after the publicity: approved, or not included with a reason.
	 * @throws BusinessRuleException when the publicity has lasted fewer than {@code publicityDays} days
	 */
	public void townReview(MonitoringActor actor, boolean approve, String reason, LocalDate on, int publicityDays,
			LocalDate today) {
		guard(MonitoringStep.TOWN_REVIEW, actor, MonitoringState.IN_PUBLICITY);
		LocalDate day = checkDay(on, this.publicityFrom, today);
		if (day.isBefore(this.publicityFrom.plusDays(publicityDays))) {
			throw new BusinessRuleException(DATE_FIELD, "pairings.monitoring.publicity.too-short", publicityDays,
					this.publicityFrom.plusDays(publicityDays));
		}
		this.townReviewedOn = day;
		decide(approve, reason, day, MonitoringState.TOWN_APPROVED);
	}

	/** The district office's confirmation: confirmed, or not included with a reason. */
	public void confirm(MonitoringActor actor, boolean approve, String reason, LocalDate on, LocalDate today) {
		guard(MonitoringStep.CONFIRM, actor, MonitoringState.TOWN_APPROVED);
		LocalDate day = checkDay(on, this.townReviewedOn, today);
		this.confirmedOn = day;
		decide(approve, reason, day, MonitoringState.CONFIRMED);
	}

	/**
	 * Refuses an actor who does not own the measures step (403) or a case that is not confirmed: the assistance
	 * measures (kind, start, responsible unit, result) are added, changed and removed only while the case is confirmed.
	 */
	public void requireMeasures(MonitoringActor actor) {
		guard(MonitoringStep.MEASURE, actor, MonitoringState.CONFIRMED);
	}

	/**
	 * The town clears the risk of a confirmed case, with the day and the reason.
	 * @param measures how many assistance measures the case has (at least one before the risk is cleared)
	 */
	public void clear(MonitoringActor actor, LocalDate on, String reason, long measures, LocalDate today) {
		guard(MonitoringStep.CLEAR, actor, MonitoringState.CONFIRMED);
		if (measures == 0) {
			throw BusinessRuleException.global("pairings.monitoring.measures.first");
		}
		requireReason(reason);
		this.closedOn = checkDay(on, this.confirmedOn, today);
		this.closeReason = reason;
		this.state = MonitoringState.CLEARED;
	}

	/** @return whether the district has not confirmed (or ended) the case by its deadline, as of the day */
	public boolean pastDeadline(LocalDate today) {
		return this.state.beforeConfirmation() && today.isAfter(this.deadline);
	}

	private void decide(boolean approve, String reason, LocalDate day, MonitoringState next) {
		if (approve) {
			this.state = next;
		}
		else {
			requireReason(reason);
			this.closedOn = day;
			this.closeReason = reason;
			this.state = MonitoringState.NOT_INCLUDED;
		}
	}

	private void guard(MonitoringStep step, MonitoringActor actor, MonitoringState from) {
		if (!actor.owns(step)) {
			throw new org.springframework.security.access.AccessDeniedException("Step " + step + " is not " + actor + "'s");
		}
		if (this.state != from) {
			throw BusinessRuleException.global(WRONG_STATE);
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException(REASON_FIELD, "pairings.monitoring.reason.required");
		}
	}

	private static LocalDate checkDay(LocalDate day, LocalDate notBefore, LocalDate today) {
		if (day == null) {
			throw new BusinessRuleException(DATE_FIELD, "pairings.monitoring.date.required");
		}
		if (day.isAfter(today)) {
			throw new BusinessRuleException(DATE_FIELD, "pairings.monitoring.date.future");
		}
		if (notBefore != null && day.isBefore(notBefore)) {
			throw new BusinessRuleException(DATE_FIELD, "pairings.monitoring.date.before", notBefore);
		}
		return day;
	}

	public long getHouseholdId() {
		return this.householdId;
	}

	public LocalDate getFlaggedOn() {
		return this.flaggedOn;
	}

	public MonitoringSource getSource() {
		return this.source;
	}

	public String getFlagReason() {
		return this.flagReason;
	}

	public BigDecimal getIncome() {
		return this.income;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public MonitoringState getState() {
		return this.state;
	}

	public LocalDate getVerifiedOn() {
		return this.verifiedOn;
	}

	public LocalDate getPublicityFrom() {
		return this.publicityFrom;
	}

	public LocalDate getTownReviewedOn() {
		return this.townReviewedOn;
	}

	public LocalDate getConfirmedOn() {
		return this.confirmedOn;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public String getCloseReason() {
		return this.closeReason;
	}
}
