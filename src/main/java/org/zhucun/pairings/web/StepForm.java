package org.zhucun.pairings.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** The form of a monitoring step: the day, approve or not (reviews), the reason. */
public class StepForm {

	private LocalDate date;

	private boolean approve = true;

	@Size(max = 500)
	private String reason;

	private long version;

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public boolean isApprove() {
		return this.approve;
	}

	public void setApprove(boolean approve) {
		this.approve = approve;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
