package org.zhucun.organization.settings.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.shared.domain.BaseEntity;

/** One statutory holiday (法定节假日) of the calendar the office keeps, e.g. 2026-10-01 国庆节. */
@Entity
@Table(name = "holiday")
@Audited
public class Holiday extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private LocalDate day;

	@Column(nullable = false)
	private String name;

	protected Holiday() {
	}

	public Holiday(LocalDate day, String name) {
		this.day = day;
		this.name = name;
	}

	public void rename(String name) {
		this.name = name;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public String getName() {
		return this.name;
	}
}
