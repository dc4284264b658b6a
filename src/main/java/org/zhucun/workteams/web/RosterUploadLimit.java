package org.zhucun.workteams.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a roster upload larger than {@link RosterImportController#MAX_BYTES} by its announced length, before
 * anything reads the body (the CSRF check would otherwise make the servlet container parse it and fail on its own
 * limit), and sends the user back to the import page, which shows the message beside the file field.
 */
@Component
class RosterUploadLimit extends OncePerRequestFilter implements Ordered {

	/** Runs after the session filter and before the security filters (order -100). */
	static final int ORDER = -150;

	static final String TOO_LARGE = "too-large";

	static final String PATH = "/teams/import";

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !PATH.equals(path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > RosterImportController.MAX_BYTES) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + PATH + "?" + TOO_LARGE + "=1");
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
