package org.zhucun.organization.settings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.organization.HolidayKind;

/**
 * New days of the calendar: one day, or a range of days (both included), with the holiday's name, as statutory
 * holidays or as make-up working days (调休上班).
 */
class HolidayForm {

	@NotNull
	private LocalDate from;

	private LocalDate to;

	@NotBlank
	@Size(max = 50)
	private String name;

	@NotNull
	private HolidayKind kind = HolidayKind.HOLIDAY;

	public HolidayKind getKind() {
		return this.kind;
	}

	public void setKind(HolidayKind kind) {
		this.kind = kind;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
