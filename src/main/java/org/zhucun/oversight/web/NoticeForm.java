package org.zhucun.oversight.web;

import jakarta.validation.constraints.Size;

import org.zhucun.oversight.NoticeView;
import org.zhucun.oversight.domain.Notice;

/** The office's edit of a draft notice: title, text and numbering pattern, with the version it was built on. */
public class NoticeForm {

	private long version;

	@Size(max = 200)
	private String title;

	@Size(max = Notice.MAX_BODY)
	private String body;

	@Size(max = 100)
	private String numberPattern;

	public static NoticeForm from(NoticeView notice) {
		NoticeForm form = new NoticeForm();
		form.version = notice.version();
		form.title = notice.title();
		form.body = notice.body();
		form.numberPattern = notice.numberPattern();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

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

	public String getNumberPattern() {
		return this.numberPattern;
	}

	public void setNumberPattern(String numberPattern) {
		this.numberPattern = numberPattern;
	}
}
