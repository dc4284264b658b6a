package org.zhucun.organization.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep a list's filters, such as the export of exactly what the list shows. */
final class ListLinks {

	private ListLinks() {
	}

	/** @return {@code path} with the current request's query parameters, without the page number */
	static String withFilters(HttpServletRequest request, String path) {
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}
}
