package org.zhucun.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Refuses input that no form sends, before anything else reads it (the CSRF check, the sign-in, the controllers):
 * <ul>
 * <li>a multipart body announced larger than the container accepts ({@code spring.servlet.multipart.max-request-size})
 * answers 413 with a message, without reading it;</li>
 * <li>a body or address whose parameters cannot be read (a multipart body over a limit, broken encoding) answers 413
 * or 400 with a message;</li>
 * <li>a parameter name or value holding a control character (a NUL byte, an escape; tabs and line breaks are left to
 * the forms, see {@link InputBinding}) answers 400 with a message.</li>
 * </ul>
 * The answer is a page of its own ({@code error/input}) with the status, its title and the message, rendered here:
 * nothing after this filter (session, security, error page) sees the request. Nothing is written in any of these
 * cases.
 */
@Component
public class InputGuard extends OncePerRequestFilter implements Ordered {

	/** The model attribute naming the message key the 400 and 403 pages show under their title. */
	public static final String DETAIL_ATTRIBUTE = "errorDetail";

	/** After {@link UploadLimit} (-150), before the security filters (-100). */
	static final int ORDER = -140;

	private static final Logger log = LoggerFactory.getLogger(InputGuard.class);

	private final long maxRequestBytes;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final SecureRandom random = new SecureRandom();

	InputGuard(@Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxRequestSize,
			ITemplateEngine templates, LocaleResolver locales) {
		this.maxRequestBytes = maxRequestSize.toBytes();
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
		if (multipart && this.maxRequestBytes > 0 && request.getContentLengthLong() > this.maxRequestBytes) {
			// Unread: the container discards a body up to server.tomcat.max-swallow-size and closes on a larger one.
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "input.too-large", "announced size "
					+ request.getContentLengthLong());
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			boolean tooLarge = causedBySize(ex);
			refuse(request, response, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
					tooLarge ? "input.too-large" : "input.unreadable", ex.getMessage());
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasControlCharacter(parameter.getKey())) {
				refuse(request, response, HttpStatus.BAD_REQUEST, "input.control-character", "in a parameter name");
				return;
			}
			for (String value : parameter.getValue()) {
				if (hasControlCharacter(value)) {
					refuse(request, response, HttpStatus.BAD_REQUEST, "input.control-character",
							"in parameter " + abbreviate(parameter.getKey()));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** @return whether the text holds a C0 control character other than tab, line feed and carriage return, or DEL */
	static boolean hasControlCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedBySize(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
					|| name.contains("FileCountLimitExceeded") || name.contains("MaxUploadSizeExceeded")) {
				return true;
			}
		}
		return false;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey, String why) throws IOException {
		log.info("Refused {} {} with {}: {} ({})", request.getMethod(), request.getRequestURI(), status.value(),
				messageKey, why);
		byte[] nonceBytes = new byte[16];
		this.random.nextBytes(nonceBytes);
		String nonce = Base64.getEncoder().encodeToString(nonceBytes);
		response.setStatus(status.value());
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce
				+ "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setContentType("text/html;charset=UTF-8");
		String html;
		try {
			WebContext context = new WebContext(JakartaServletWebApplication
				.buildApplication(request.getServletContext())
				.buildExchange(request, response), locale(request),
					Map.of("status", status.value(), "titleKey",
							status == HttpStatus.PAYLOAD_TOO_LARGE ? "error.413.title" : "error.400.title",
							"detailKey", messageKey, "nonce", nonce, "home", request.getContextPath() + "/"));
			html = this.templates.process("error/input", context);
		}
		catch (RuntimeException ex) {
			log.warn("The refused-input page could not be rendered: {}", ex.getMessage());
			html = "<!DOCTYPE html><title>" + status.value() + "</title><p>" + status.value() + " "
					+ status.getReasonPhrase() + "</p>";
		}
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return this.locales.resolveLocale(request);
		}
		catch (RuntimeException ex) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

	private static String abbreviate(String name) {
		String printable = name.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}
}
