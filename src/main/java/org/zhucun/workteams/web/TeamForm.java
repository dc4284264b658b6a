package org.zhucun.workteams.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.zhucun.workteams.TeamCommand;

/** The form that dispatches a new team: village, unit, term and a note. */
public class TeamForm {

	@NotNull
	private Long villageId;

	@NotNull
	private Long unitId;

	@NotNull
	private LocalDate termStart;

	@NotNull
	private LocalDate termEnd;

	@Size(max = 500)
	private String note;

	/** Rules across fields: the term ends on or after the day it starts. */
	void validate(Errors errors) {
		if (this.termStart != null && this.termEnd != null && this.termEnd.isBefore(this.termStart)
				&& !errors.hasFieldErrors("termEnd")) {
			errors.rejectValue("termEnd", "team.term.end-before-start");
		}
	}

	TeamCommand toCommand() {
		return new TeamCommand(this.villageId, this.unitId, this.termStart, this.termEnd, this.note);
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public void setTermStart(LocalDate termStart) {
		this.termStart = termStart;
	}

	public LocalDate getTermEnd() {
		return this.termEnd;
	}

	public void setTermEnd(LocalDate termEnd) {
		this.termEnd = termEnd;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
