package org.zhucun.oversight.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhucun.oversight.RecallCommand;

/** The office's form of a recall: the team, then the member, the last day and the reason. */
public class RecallForm {

	private Long teamId;

	private Long membershipId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	@Size(max = 1000)
	private String reason;

	private Long findingId;

	public RecallCommand toCommand() {
		return new RecallCommand(this.teamId, this.membershipId, this.lastDay, this.reason, this.findingId);
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getMembershipId() {
		return this.membershipId;
	}

	public void setMembershipId(Long membershipId) {
		this.membershipId = membershipId;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getFindingId() {
		return this.findingId;
	}

	public void setFindingId(Long findingId) {
		this.findingId = findingId;
	}
}
