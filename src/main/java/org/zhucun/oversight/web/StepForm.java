package org.zhucun.oversight.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;
import org.zhucun.oversight.domain.Finding;

/**
 * A step on a finding's page: the version of the finding the user saw, and the text of the step (the unit's answer
 * with its files, the reason for sending it back, or the verification note).
 */
public class StepForm {

	private long version;

	@Size(max = Finding.MAX_ANSWER)
	private String text;

	private List<MultipartFile> files = new ArrayList<>();

	public static StepForm from(long version) {
		StepForm form = new StepForm();
		form.version = version;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}
}
