package org.zhucun.oversight.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhucun.oversight.InterviewCommand;

/** The office's form of an interview. */
public class InterviewForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	private Long unitId;

	private Long cadreId;

	private Long leaderId;

	@Size(max = 100)
	private String interviewer;

	@Size(max = 1000)
	private String reason;

	private Long findingId;

	@Size(max = 1000)
	private String agreed;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate followUpOn;

	public InterviewCommand toCommand() {
		return new InterviewCommand(this.heldOn, this.unitId, this.cadreId, this.leaderId, this.interviewer,
				this.reason, this.findingId, this.agreed, this.followUpOn);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public Long getLeaderId() {
		return this.leaderId;
	}

	public void setLeaderId(Long leaderId) {
		this.leaderId = leaderId;
	}

	public String getInterviewer() {
		return this.interviewer;
	}

	public void setInterviewer(String interviewer) {
		this.interviewer = interviewer;
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

	public String getAgreed() {
		return this.agreed;
	}

	public void setAgreed(String agreed) {
		this.agreed = agreed;
	}

	public LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	public void setFollowUpOn(LocalDate followUpOn) {
		this.followUpOn = followUpOn;
	}
}
