package org.zhucun.workteams.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The form of the team page that ends the team on a day of its term. */
public class EndTeamForm {

	@NotNull
	private LocalDate endedOn;

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}
}
