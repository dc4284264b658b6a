package org.zhucun.oversight.web;

import jakarta.validation.constraints.Size;

import org.zhucun.oversight.domain.SubjectKind;

/** A unit's nomination form: a cadre or a team of the unit, the award, the reason. */
public class NominationForm {

	private SubjectKind kind = SubjectKind.CADRE;

	private Long cadreId;

	private Long teamId;

	@Size(max = 100)
	private String award;

	@Size(max = 2000)
	private String reason;

	public SubjectKind getKind() {
		return this.kind;
	}

	public void setKind(SubjectKind kind) {
		this.kind = kind;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public String getAward() {
		return this.award;
	}

	public void setAward(String award) {
		this.award = award;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
