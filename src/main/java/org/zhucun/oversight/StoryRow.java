package org.zhucun.oversight;

import java.time.LocalDate;

import org.zhucun.oversight.domain.NoticeState;

/** A story in the list or on its page: title, text, whom it is about, its state and day of publication. */
public record StoryRow(Long id, String title, String body, String unitName, String villageName, String cadreName,
		NoticeState state, LocalDate publishedOn, long version) {

	/** @return the text's paragraphs */
	public java.util.List<String> paragraphs() {
		return this.body.lines().filter(l -> !l.isBlank()).toList();
	}
}
