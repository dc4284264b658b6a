package org.zhucun.pairings.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.zhucun.pairings.domain.MonitoringSource;

/** The form that flags a household for monitoring: the day, the source, the reason and the income per person. */
public class FlagForm {

	@NotNull
	private Long householdId;

	@NotNull
	private LocalDate flaggedOn;

	@NotNull
	private MonitoringSource source;

	@NotBlank
	@Size(max = 500)
	private String reason;

	@PositiveOrZero
	@DecimalMax("9999999")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal income;

	public Long getHouseholdId() {
		return this.householdId;
	}

	public void setHouseholdId(Long householdId) {
		this.householdId = householdId;
	}

	public LocalDate getFlaggedOn() {
		return this.flaggedOn;
	}

	public void setFlaggedOn(LocalDate flaggedOn) {
		this.flaggedOn = flaggedOn;
	}

	public MonitoringSource getSource() {
		return this.source;
	}

	public void setSource(MonitoringSource source) {
		this.source = source;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public BigDecimal getIncome() {
		return this.income;
	}

	public void setIncome(BigDecimal income) {
		this.income = income;
	}
}
