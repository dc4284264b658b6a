package org.zhucun.workteams.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.workteams.TeamRevision;
import org.zhucun.workteams.TeamView;

/** The edit form of a team: the planned end of the term and the note, with the version it was opened on. */
public class TeamEditForm {

	@NotNull
	private LocalDate termEnd;

	@Size(max = 500)
	private String note;

	private long version;

	static TeamEditForm from(TeamView team) {
		TeamEditForm form = new TeamEditForm();
		form.termEnd = team.termEnd();
		form.note = team.note();
		form.version = team.version();
		return form;
	}

	TeamRevision toCommand() {
		return new TeamRevision(this.termEnd, this.note, this.version);
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
