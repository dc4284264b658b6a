package org.zhucun.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhucun.shared.settings.PolicySettings;

/**
 * The absolute lifetime of a session ({@link SecuritySettings#SESSION_MAX_HOURS}, 12 hours by default): however
 * active, a session older than that ends, and the user signs in again (a page goes to the sign-in page marked
 * {@code ?expired}, a form to the same with 303 See Other). The idle timeout ({@code spring.session.timeout}) ends
 * quiet sessions sooner. A session's age counts from its creation, which is at the sign-in (visitors have none);
 * sessions keep their creation time on the server's real clock, so the age is measured on that clock too.
 */
final class SessionLifetime extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

	/** How long the setting's value is reused before it is read again. */
	private static final Duration SETTING_REUSE = Duration.ofMinutes(1);

	private final PolicySettings settings;

	private final Clock clock;

	private final AtomicReference<Cached> cached = new AtomicReference<>();

	SessionLifetime(PolicySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			long ageMillis = System.currentTimeMillis() - session.getCreationTime();
			if (ageMillis > maxLifetime().toMillis()) {
				log.info("Session ended after {} minutes, past its absolute lifetime", ageMillis / 60_000);
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.setStatus("GET".equals(request.getMethod()) ? HttpStatus.FOUND.value()
						: HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private Duration maxLifetime() {
		long now = System.nanoTime();
		Cached current = this.cached.get();
		if (current == null || now - current.readAt() > SETTING_REUSE.toNanos()) {
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
			current = new Cached(Duration.ofHours(this.settings.intValue(SecuritySettings.SESSION_MAX_HOURS, today)),
					now);
			this.cached.set(current);
		}
		return current.lifetime();
	}

	private record Cached(Duration lifetime, long readAt) {
	}
}
