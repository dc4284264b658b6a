package org.zhucun.attendance.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhucun.attendance.SpotCheckCommand;
import org.zhucun.attendance.SpotCheckMethod;

/** The spot check form: the team (to pick the cadre from), the cadre, date and time, method, result, note. */
class SpotCheckForm {

	private Long team;

	@NotNull
	private Long cadreId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time;

	@NotNull
	private SpotCheckMethod method;

	@NotNull
	private Boolean foundPresent;

	@Size(max = 500)
	private String note;

	/** @return a form for the team and cadre picked, dated now */
	static SpotCheckForm of(Long team, Long cadreId, ZonedDateTime now) {
		SpotCheckForm form = new SpotCheckForm();
		form.team = team;
		form.cadreId = cadreId;
		form.date = now.toLocalDate();
		form.time = now.toLocalTime();
		return form;
	}

	SpotCheckCommand toCommand() {
		return new SpotCheckCommand(this.cadreId, this.date, this.time, this.method, this.foundPresent, this.note);
	}

	public Long getTeam() {
		return this.team;
	}

	public void setTeam(Long team) {
		this.team = team;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public SpotCheckMethod getMethod() {
		return this.method;
	}

	public void setMethod(SpotCheckMethod method) {
		this.method = method;
	}

	public Boolean getFoundPresent() {
		return this.foundPresent;
	}

	public void setFoundPresent(Boolean foundPresent) {
		this.foundPresent = foundPresent;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
