package org.zhucun.pairings.domain;

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
 * A cadre (帮扶责任人) paired with a household from a date, open until it ends: handed to another cadre (the history
 * stays) or ended. The last day is the day before the next cadre's first.
 */
@Entity
@Table(name = "pairing")
@Audited
public class Pairing extends BaseEntity {

	/** Why a pairing ended. */
	public enum EndReason {
		/** Handed to another cadre. */
		HANDOVER,
		/** Ended without a successor. */
		ENDED
	}

	@Column(name = "household_id", nullable = false, updatable = false)
	private long householdId;

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private long cadreId;

	@Column(name = "from_date", nullable = false, updatable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private LocalDate toDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private EndReason endReason;

	protected Pairing() {
	}

	public Pairing(long householdId, long cadreId, LocalDate fromDate) {
		this.householdId = householdId;
		this.cadreId = cadreId;
		this.fromDate = fromDate;
	}

	/**
	 * Ends the pairing on its last day.
	 * @throws BusinessRuleException beside {@code field} when the pairing has ended or the day is before its first
	 */
	public void end(LocalDate lastDay, EndReason reason, String field) {
		if (this.toDate != null) {
			throw BusinessRuleException.global("pairings.pairing.already-ended");
		}
		if (lastDay.isBefore(this.fromDate)) {
			throw new BusinessRuleException(field, "pairings.pairing.end-before-start", this.fromDate);
		}
		this.toDate = lastDay;
		this.endReason = reason;
	}

	public boolean isOpen() {
		return this.toDate == null;
	}

	public long getHouseholdId() {
		return this.householdId;
	}

	public long getCadreId() {
		return this.cadreId;
	}

	public LocalDate getFromDate() {
		return this.fromDate;
	}

	public LocalDate getToDate() {
		return this.toDate;
	}

	public EndReason getEndReason() {
		return this.endReason;
	}
}
