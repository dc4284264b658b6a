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
 * An assistance measure (帮扶措施) of a confirmed monitoring case: its kind, start, responsible aid unit, result and,
 * once it ends, its end. Added, changed and removed only while the case is confirmed and by the role that owns the
 * measures step ({@link MonitoringCase#requireMeasures}); the start is neither before the district's confirmation nor
 * in the future, the end not before the start. Audited.
 */
@Entity
@Table(name = "monitoring_measure")
@Audited
public class MonitoringMeasure extends BaseEntity {

	/** What a measure's form gives. */
	public record Data(MeasureKind kind, LocalDate startDate, LocalDate endDate, Long unitId, String result) {
	}

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeasureKind kind;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(nullable = false)
	private String result;

	protected MonitoringMeasure() {
	}

	/** Adds a measure to the case, as the actor. */
	public MonitoringMeasure(MonitoringCase c, MonitoringActor actor, Data data, LocalDate today) {
		c.requireMeasures(actor);
		this.caseId = c.getId();
		apply(c, data, today);
	}

	/** Changes the measure of the case, as the actor. */
	public void change(MonitoringCase c, MonitoringActor actor, Data data, LocalDate today) {
		requireOf(c);
		c.requireMeasures(actor);
		apply(c, data, today);
	}

	/** Checks that the measure may be removed from the case by the actor. */
	public void checkRemove(MonitoringCase c, MonitoringActor actor) {
		requireOf(c);
		c.requireMeasures(actor);
	}

	private void requireOf(MonitoringCase c) {
		if (c.getId() == null || c.getId() != this.caseId) {
			throw new IllegalArgumentException("Measure " + getId() + " is not of case " + c.getId());
		}
	}

	private void apply(MonitoringCase c, Data d, LocalDate today) {
		if (d.kind() == null) {
			throw new BusinessRuleException("kind", "pairings.measure.kind.required");
		}
		if (d.startDate() == null) {
			throw new BusinessRuleException("startDate", "pairings.monitoring.date.required");
		}
		if (d.startDate().isAfter(today)) {
			throw new BusinessRuleException("startDate", "pairings.monitoring.date.future");
		}
		if (c.getConfirmedOn() != null && d.startDate().isBefore(c.getConfirmedOn())) {
			throw new BusinessRuleException("startDate", "pairings.measure.start.before-confirmation",
					c.getConfirmedOn());
		}
		if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
			throw new BusinessRuleException("endDate", "pairings.measure.end.before-start");
		}
		if (d.endDate() != null && d.endDate().isAfter(today)) {
			throw new BusinessRuleException("endDate", "pairings.monitoring.date.future");
		}
		if (d.unitId() == null) {
			throw new BusinessRuleException("unitId", "pairings.measure.unit.required");
		}
		if (d.result() == null || d.result().isBlank()) {
			throw new BusinessRuleException("result", "pairings.measure.result.required");
		}
		this.kind = d.kind();
		this.startDate = d.startDate();
		this.endDate = d.endDate();
		this.unitId = d.unitId();
		this.result = d.result().strip();
	}

	public long getCaseId() {
		return this.caseId;
	}

	public MeasureKind getKind() {
		return this.kind;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getResult() {
		return this.result;
	}
}
