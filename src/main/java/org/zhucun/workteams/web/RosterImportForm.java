package org.zhucun.workteams.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhucun.shared.web.UploadForm;

/** The roster import form: the file, and the term of the teams it creates for villages without an active team. */
public class RosterImportForm extends UploadForm {

	private LocalDate termStart;

	private LocalDate termEnd;

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

	@Override
	public Map<String, String> carried() {
		Map<String, String> fields = new LinkedHashMap<>();
		if (this.termStart != null) {
			fields.put("termStart", this.termStart.toString());
		}
		if (this.termEnd != null) {
			fields.put("termEnd", this.termEnd.toString());
		}
		return fields;
	}
}
