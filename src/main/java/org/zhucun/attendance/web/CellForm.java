package org.zhucun.attendance.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.attendance.CellCommand;
import org.zhucun.attendance.CellView;
import org.zhucun.attendance.DayStatus;

/** The team leader's correction of a member's day: status, night in the village, the required reason, version. */
class CellForm {

	@NotNull
	private DayStatus status;

	private boolean overnight;

	@NotBlank
	@Size(max = 200)
	private String reason;

	private Long version;

	static CellForm from(CellView cell) {
		CellForm form = new CellForm();
		form.status = cell.status() != null && cell.status().isDeclarable() ? cell.status() : DayStatus.IN_VILLAGE;
		form.overnight = cell.overnight();
		form.version = cell.version();
		return form;
	}

	CellCommand toCommand(Long cadreId, LocalDate day) {
		return new CellCommand(cadreId, day, this.status, this.overnight, this.reason, this.version);
	}

	public DayStatus getStatus() {
		return this.status;
	}

	public void setStatus(DayStatus status) {
		this.status = status;
	}

	public boolean isOvernight() {
		return this.overnight;
	}

	public void setOvernight(boolean overnight) {
		this.overnight = overnight;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
