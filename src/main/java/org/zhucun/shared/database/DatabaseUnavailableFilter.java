package org.zhucun.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Answers a request that failed because the database is unreachable (or too slow) with the no-database page, 503
 * with a Retry-After header, instead of a bare 500. It sits in front of the session filter, because a request with
 * a session cookie needs the database before any controller runs; the page itself needs neither the database nor
 * the session: a template of its own, messages from the bundles and the language from its cookie.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

	private final SecureRandom random = new SecureRandom();

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final DatabaseOutages outages;

	private final long retryAfterSeconds;

	private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	private final AtomicLong unlogged = new AtomicLong();

	DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales, DatabaseOutages outages,
			Duration retryAfter) {
		this.templates = templates;
		this.locales = locales;
		this.outages = outages;
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!this.outages.explains(ex)) {
				throw ex;
			}
			report(request, ex);
			if (response.isCommitted()) {
				throw ex;
			}
			page(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** One warning every ten seconds at most, with the number of requests answered so since the last one. */
	private void report(HttpServletRequest request, Exception ex) {
		long now = System.nanoTime();
		long last = this.lastLogged.get();
		if (now - last >= LOG_EVERY_NANOS && this.lastLogged.compareAndSet(last, now)) {
			long others = this.unlogged.getAndSet(0);
			log.warn("Database unavailable: answered {} {} with the no-database page (503){}: {}", request.getMethod(),
					request.getRequestURI(), others == 0 ? "" : ", and " + others + " other requests since the last report",
					DatabaseFaults.rootMessage(ex));
		}
		else {
			this.unlogged.incrementAndGet();
		}
	}

	private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		String nonce = nonce();
		boolean get = "GET".equals(request.getMethod());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", Long.toString(this.retryAfterSeconds));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce
				+ "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType("text/html;charset=UTF-8");
		String retryUrl = request.getRequestURI() + (get && request.getQueryString() != null ? "?" + request.getQueryString() : "");
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
				locale(request),
				Map.of("retrySeconds", this.retryAfterSeconds, "reload", get, "retryUrl",
						get ? retryUrl : request.getContextPath() + "/",
						"nonce", nonce));
		String html;
		try {
			html = this.templates.process("error/database", context);
		}
		catch (RuntimeException ex) {
			log.warn("The no-database page could not be rendered: {}", ex.getMessage());
			html = "<!DOCTYPE html><title>503</title><p>503 Service Unavailable</p>";
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

	private String nonce() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
