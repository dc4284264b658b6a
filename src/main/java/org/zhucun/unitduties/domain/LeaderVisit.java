package org.zhucun.unitduties.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.zhucun.shared.domain.BaseEntity;
import org.zhucun.unitduties.domain.rule.VisitSpan;

/**
 * A leadership member's time in the village (单位负责人入村调研): who, where, from which day to which, why, what was
 * found and what was solved. It keeps whether the member was the principal when it was recorded, so that a later
 * change of the leadership never changes how a past month is judged.
 */
@Entity
@Table(name = "leader_visit")
public class LeaderVisit extends BaseEntity {

	/** Longest purpose kept. */
	public static final int PURPOSE_MAX = 500;

	/** Longest findings or solutions kept. */
	public static final int TEXT_MAX = 2000;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "leader_id", nullable = false, updatable = false)
	private Long leaderId;

	@Column(nullable = false, updatable = false)
	private boolean principal;

	@Column(name = "village_id", nullable = false, updatable = false)
	private Long villageId;

	@Column(name = "first_day", nullable = false, updatable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false, updatable = false)
	private LocalDate lastDay;

	@Column(nullable = false)
	private String purpose;

	private String findings;

	private String solved;

	protected LeaderVisit() {
	}

	public LeaderVisit(Long unitId, Long leaderId, boolean principal, Long villageId, LocalDate firstDay,
			LocalDate lastDay, String purpose, String findings, String solved) {
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("A visit ends on or after its first day");
		}
		this.unitId = unitId;
		this.leaderId = leaderId;
		this.principal = principal;
		this.villageId = villageId;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.purpose = purpose;
		this.findings = findings;
		this.solved = solved;
	}

	/** @return the visit as the duty rule sees it */
	public VisitSpan span() {
		return new VisitSpan(this.leaderId, this.principal, this.firstDay, this.lastDay);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getLeaderId() {
		return this.leaderId;
	}

	public boolean isPrincipal() {
		return this.principal;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getFindings() {
		return this.findings;
	}

	public String getSolved() {
		return this.solved;
	}
}
