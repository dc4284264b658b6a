package org.zhucun.leave.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhucun.leave.LeaveCommand;
import org.zhucun.leave.domain.LeaveType;

/** The request form: type, first and last day, reason, optional contact number (and the cadre, for the office). */
public class LeaveRequestForm {

	private Long cadreId;

	@NotNull
	private LeaveType type;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	@Size(max = 500)
	private String reason;

	@Size(max = 20)
	@Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$")
	private String contactPhone;

	public LeaveCommand toCommand() {
		return new LeaveCommand(this.cadreId, this.type, this.firstDay, this.lastDay, this.reason, this.contactPhone);
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public LeaveType getType() {
		return this.type;
	}

	public void setType(LeaveType type) {
		this.type = type;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
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

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}
}
