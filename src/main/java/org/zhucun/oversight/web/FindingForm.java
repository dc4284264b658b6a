package org.zhucun.oversight.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhucun.oversight.FindingCommand;
import org.zhucun.oversight.domain.Finding;
import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.SubjectKind;

/** The office's form of a finding recorded by hand, with its files. */
public class FindingForm extends SubjectForm {

	@NotNull
	private FindingSource source;

	@NotNull
	private SubjectKind subjectKind = SubjectKind.UNIT;

	@Size(max = Finding.MAX_DESCRIPTION)
	private String description;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	public static FindingForm withDeadline(LocalDate deadline) {
		FindingForm form = new FindingForm();
		form.deadline = deadline;
		return form;
	}

	public FindingCommand toCommand() {
		return new FindingCommand(this.source, this.subjectKind, getUnitId(), getTeamId(), getCadreId(),
				this.description, this.deadline);
	}

	public FindingSource getSource() {
		return this.source;
	}

	public void setSource(FindingSource source) {
		this.source = source;
	}

	public SubjectKind getSubjectKind() {
		return this.subjectKind;
	}

	public void setSubjectKind(SubjectKind subjectKind) {
		this.subjectKind = subjectKind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}
}
