package org.zhucun.leave.web;

import jakarta.validation.constraints.Size;

/** An approver's decision: the version of the request they saw and a comment (the reason, for a rejection). */
public class DecisionForm {

	private long version;

	@Size(max = 500)
	private String comment;

	public static DecisionForm from(long version) {
		DecisionForm form = new DecisionForm();
		form.version = version;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}
}
