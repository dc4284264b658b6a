package org.zhucun.shared.web;

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
 * The size limit of Excel uploads, for every import page (a POST to a path ending in {@code /import}): an upload
 * announced larger than {@link #MAX_BYTES} is refused before anything reads its body (the CSRF check would otherwise
 * make the servlet container parse it and fail on its own limit), and the user is sent back to the import page with
 * {@code ?too-large=1}, which shows the message beside the file field.
 */
@Component
public class UploadLimit extends OncePerRequestFilter implements Ordered {

	/** The largest upload an import page accepts. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The request parameter that tells an import page the last upload was too large. */
	public static final String TOO_LARGE = "too-large";

	/** Runs after the session filter and before the security filters (order -100). */
	static final int ORDER = -150;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !path(request).endsWith("/import");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + path(request) + "?" + TOO_LARGE + "=1");
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
