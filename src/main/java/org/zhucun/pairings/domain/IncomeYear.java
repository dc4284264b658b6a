package org.zhucun.pairings.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A household's net income per person in one year. */
@Embeddable
public class IncomeYear {

	@Column(nullable = false)
	private int year;

	@Column(name = "per_person", nullable = false)
	private BigDecimal perPerson;

	protected IncomeYear() {
	}

	public IncomeYear(int year, BigDecimal perPerson) {
		this.year = year;
		this.perPerson = perPerson;
	}

	public int getYear() {
		return this.year;
	}

	public BigDecimal getPerPerson() {
		return this.perPerson;
	}
}
