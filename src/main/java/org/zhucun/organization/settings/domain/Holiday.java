package org.zhucun.organization.settings.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.organization.HolidayKind;
import org.zhucun.shared.domain.BaseEntity;

/**
 * One day of the calendar the office keeps: a statutory holiday (法定节假日), e.g. 2026-10-01 国庆节, or a make-up
 * working day (调休上班), e.g. 2026-10-10 国庆节调休.
 */
@Entity
@Table(name = "holiday")
@Audited
public class Holiday extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private LocalDate day;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private HolidayKind kind = HolidayKind.HOLIDAY;

	protected Holiday() {
	}

	public Holiday(LocalDate day, String name) {
		this(day, name, HolidayKind.HOLIDAY);
	}

	/** A day of the calendar: a statutory holiday, or a Saturday or Sunday worked because of one (调休上班). */
	public Holiday(LocalDate day, String name, HolidayKind kind) {
		this.day = day;
		this.name = name;
		this.kind = kind;
	}

	public HolidayKind getKind() {
		return this.kind;
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
