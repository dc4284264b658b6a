package org.zhucun.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in: after the right password, an account that must give a second factor
 * ({@link SecondFactors#required}) holds a {@link PendingSecondFactor} session, which reaches nothing but the
 * second-factor pages; the right code (or a recovery code) turns it into the signed-in account.
 */
public class SecondFactorSignIn {

	/** The page that asks for the code; enrolment below it. */
	public static final String URL = "/login/second-factor";

	private final SecurityContextRepository contexts;

	private final SignIns signIns;

	private final SignInLanding landing;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SecondFactorSignIn(SecurityContextRepository contexts, SignIns signIns, SignInLanding landing) {
		this.contexts = contexts;
		this.signIns = signIns;
		this.landing = landing;
	}

	/** @return the account waiting to give its second factor in this session, if any */
	public Optional<PendingSecondFactor.PendingSignIn> pending() {
		return pendingToken().map(PendingSecondFactor::getPrincipal);
	}

	/** The password was right and a second factor is due: the session holds only the pending step. */
	void begin(HttpServletRequest request, HttpServletResponse response, CurrentAccount account) throws IOException {
		store(new PendingSecondFactor(account), request, response);
		response.sendRedirect(request.getContextPath() + URL);
	}

	/**
	 * The second factor was given: the session becomes the signed-in account's (under a new session id), the sign-in
	 * is logged and the failures in a row start again.
	 */
	public void complete(HttpServletRequest request, HttpServletResponse response) {
		PendingSecondFactor pending = pendingToken().orElseThrow(() -> new IllegalStateException("No pending sign-in"));
		CurrentAccount account = pending.account();
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(account, null,
				account.getAuthorities());
		request.changeSessionId();
		store(full, request, response);
		this.signIns.succeeded(account.getUsername(), request.getRemoteAddr());
	}

	/** {@link #complete} and then on to where the sign-in lands. */
	public void completeAndLand(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		complete(request, response);
		this.landing.land(request, response, this.holder.getContext().getAuthentication());
	}

	/** Ends the pending sign-in (the account got locked meanwhile, or the user gave up). */
	public void abandon(HttpServletRequest request) {
		this.holder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	private Optional<PendingSecondFactor> pendingToken() {
		return this.holder.getContext().getAuthentication() instanceof PendingSecondFactor pending
				? Optional.of(pending) : Optional.empty();
	}

	/** Sends a session still waiting for its second factor to the second-factor page, whatever it asks for. */
	static final class RequiredFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean step = path.equals(URL) || path.startsWith(URL + "/") || path.equals("/logout")
					|| path.equals("/error") || path.startsWith("/css/") || path.startsWith("/js/")
					|| path.startsWith("/img/") || path.startsWith("/webjars/");
			if (!step && SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor) {
				response.sendRedirect(request.getContextPath() + URL);
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
