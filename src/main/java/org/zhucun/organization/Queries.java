package org.zhucun.organization;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Paging and search-text helpers of the organisation lists. */
final class Queries {

	/** Rows per page of every list. */
	static final int PAGE_SIZE = 20;

	private Queries() {
	}

	static Pageable page(int page) {
		return PageRequest.of(Math.max(0, page), PAGE_SIZE);
	}

	/** @return a LIKE pattern (escape character {@code \}) matching names that contain the text, or {@code null} */
	static String contains(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** @return the trimmed text, or {@code null} when blank */
	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
