package org.zhucun.pairings.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One entry of a household's category history: the category (and kind) from a date, with the reason. */
@Embeddable
public class CategoryChange {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HouseholdCategory category;

	@Enumerated(EnumType.STRING)
	@Column(name = "monitored_kind")
	private MonitoredKind monitoredKind;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	private String reason;

	protected CategoryChange() {
	}

	public CategoryChange(HouseholdCategory category, MonitoredKind monitoredKind, LocalDate fromDate, String reason) {
		this.category = category;
		this.monitoredKind = monitoredKind;
		this.fromDate = fromDate;
		this.reason = reason;
	}

	public HouseholdCategory getCategory() {
		return this.category;
	}

	public MonitoredKind getMonitoredKind() {
		return this.monitoredKind;
	}

	public LocalDate getFromDate() {
		return this.fromDate;
	}

	public String getReason() {
		return this.reason;
	}
}
