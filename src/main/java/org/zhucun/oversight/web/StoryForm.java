package org.zhucun.oversight.web;

import jakarta.validation.constraints.Size;

/** The office's form of a story: title, text, the unit and optionally its team or cadre, photos. */
public class StoryForm extends SubjectForm {

	@Size(max = 200)
	private String title;

	@Size(max = 20000)
	private String body;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
