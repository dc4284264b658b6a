package org.zhucun.workteams.web;

import java.time.LocalDate;

import org.springframework.web.multipart.MultipartFile;

/** The roster import form: the file, and the term of the teams it creates for villages without an active team. */
public class RosterImportForm {

	private MultipartFile file;

	private LocalDate termStart;

	private LocalDate termEnd;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public LocalDate getTermStart() {
		return this.termStart;
	}

	public void setTermStart(LocalDate termStart) {
		this.termStart = termStart;
	}

	public LocalDate getTermEnd() {
		return this.termEnd;
	}

	public void setTermEnd(LocalDate termEnd) {
		this.termEnd = termEnd;
	}
}
