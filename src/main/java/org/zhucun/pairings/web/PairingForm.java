package org.zhucun.pairings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The pairing forms: a cadre (chosen within a unit) for a household from a day, the same for a handover, and the
 * last day of a pairing that ends.
 */
public class PairingForm {

	/** Validation group of the end form. */
	interface End {
	}

	private Long householdId;

	private Long unitId;

	@NotNull
	private Long cadreId;

	@NotNull
	private LocalDate fromDate;

	@NotNull(groups = End.class)
	private LocalDate lastDay;

	private long version;

	public Long getHouseholdId() {
		return this.householdId;
	}

	public void setHouseholdId(Long householdId) {
		this.householdId = householdId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public LocalDate getFromDate() {
		return this.fromDate;
	}

	public void setFromDate(LocalDate fromDate) {
		this.fromDate = fromDate;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
