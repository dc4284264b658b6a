package org.zhucun.leave.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The return from leave (销假): the first day back at work, and the version of the request seen. */
public class ReturnForm {

	private long version;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate actualReturn;

	public static ReturnForm from(long version, LocalDate suggested) {
		ReturnForm form = new ReturnForm();
		form.version = version;
		form.actualReturn = suggested;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getActualReturn() {
		return this.actualReturn;
	}

	public void setActualReturn(LocalDate actualReturn) {
		this.actualReturn = actualReturn;
	}
}
