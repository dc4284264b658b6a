package org.zhucun.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links of the pagination fragment ({@code ${@pageLinks.to(n)}}): the current URL with another page number. */
@Component("pageLinks")
public class PageLinks {

	private static final int WINDOW = 2;

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(0, page))
			.build()
			.toUriString();
	}

	/** @return the page numbers (0-based) shown around the current one */
	public List<Integer> window(Page<?> page) {
		int from = Math.max(0, page.getNumber() - WINDOW);
		int to = Math.min(page.getTotalPages() - 1, page.getNumber() + WINDOW);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}
}
