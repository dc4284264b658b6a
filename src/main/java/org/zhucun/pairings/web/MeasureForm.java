package org.zhucun.pairings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.pairings.MeasureRow;
import org.zhucun.pairings.domain.MeasureKind;
import org.zhucun.pairings.domain.MonitoringMeasure;

/** The form of an assistance measure: kind, start, end (once it ends), responsible unit, result. */
public class MeasureForm {

	@NotNull
	private MeasureKind kind;

	@NotNull
	private LocalDate startDate;

	private LocalDate endDate;

	@NotNull
	private Long unitId;

	@NotBlank
	@Size(max = 1000)
	private String result;

	/** The case's version when adding, the measure's when changing or removing. */
	private long version;

	static MeasureForm of(MeasureRow m) {
		MeasureForm form = new MeasureForm();
		form.kind = m.kind();
		form.startDate = m.startDate();
		form.endDate = m.endDate();
		form.unitId = m.unitId();
		form.result = m.result();
		form.version = m.version();
		return form;
	}

	MonitoringMeasure.Data toData() {
		return new MonitoringMeasure.Data(this.kind, this.startDate, this.endDate, this.unitId, this.result);
	}

	public MeasureKind getKind() {
		return this.kind;
	}

	public void setKind(MeasureKind kind) {
		this.kind = kind;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getResult() {
		return this.result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
