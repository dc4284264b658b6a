package org.zhucun.oversight;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.oversight.domain.NoticeState;

/**
 * A notice as its page and its print view show it: the text, the number, the units it names, and whether the
 * signed-in user may edit and publish it (the office, while it is a draft).
 */
public record NoticeView(Long id, long version, String month, String title, String body, String numberPattern,
		NoticeState state, String number, LocalDate publishedOn, List<String> unitNames, boolean editable) {

	/** @return the body's paragraphs, for the print view */
	public List<String> paragraphs() {
		return this.body.lines().filter(l -> !l.isBlank()).toList();
	}
}
