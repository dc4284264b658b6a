package org.zhucun.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one paging of lists: a page number from the request ({@code @RequestParam(defaultValue = "0") int page}) is
 * taken within bounds, pages hold {@link #SIZE} rows, and an export link keeps the list's filters. A list's filters
 * are a record bound with {@code @ModelAttribute("filter")}, the same for the list and its export.
 */
public final class Paging {

	/** Rows on a page of a list. */
	public static final int SIZE = 20;

	/** Pages beyond this are never asked for by the pages' links; a larger number is taken as the last one asked. */
	public static final int MAX_PAGE = 100_000;

	private Paging() {
	}

	/** @return the requested page of {@link #SIZE} rows, with a negative or absurd number brought within bounds */
	public static Pageable page(int requested) {
		return page(requested, SIZE, Sort.unsorted());
	}

	/** @return the requested page of the given size and order, with the number brought within bounds */
	public static Pageable page(int requested, int size, Sort sort) {
		return PageRequest.of(Math.min(Math.max(0, requested), MAX_PAGE), size, sort);
	}

	/** @return one page of rows already in memory (a short list computed in Java), the number within bounds */
	public static <T> Page<T> of(List<T> rows, int requested, int size) {
		int pages = Math.max(1, (rows.size() + size - 1) / size);
		int number = Math.min(Math.max(0, requested), pages - 1);
		int from = number * size;
		return new PageImpl<>(rows.subList(from, Math.min(rows.size(), from + size)), PageRequest.of(number, size),
				rows.size());
	}

	/** @return {@code path} with the current request's query parameters (the list's filters), without the page */
	public static String withFilters(HttpServletRequest request, String path) {
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}
}
