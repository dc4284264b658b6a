package org.zhucun.workteams.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.workteams.MemberCommand;
import org.zhucun.workteams.TeamRole;
import org.zhucun.workteams.TeamView;

/** The form of the team page that adds a cadre: the cadre, the role, the day they join and a note. */
public class MemberForm {

	@NotNull
	private Long cadreId;

	@NotNull
	private TeamRole role;

	@NotNull
	private LocalDate joinedOn;

	@Size(max = 500)
	private String note;

	private String q;

	/** A new member joining today; the first member of a team without a leader is offered as first secretary. */
	static MemberForm forTeam(TeamView team, LocalDate today) {
		MemberForm form = new MemberForm();
		form.role = team.leader() == null ? TeamRole.FIRST_SECRETARY : TeamRole.MEMBER;
		form.joinedOn = team.clampToTerm(today);
		return form;
	}

	MemberCommand toCommand() {
		return new MemberCommand(this.cadreId, this.role, this.joinedOn, this.note);
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	/** @return what was typed in the cadre picker's search, kept when the form is shown again */
	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
