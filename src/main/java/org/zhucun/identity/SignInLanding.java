package org.zhucun.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a completed sign-in lands: the change-password page when a new password is due, team members on their day
 * page (today's form on top), everyone else on the page asked for before signing in, else the home page.
 */
final class SignInLanding {

	private final SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SavedRequestAwareAuthenticationSuccessHandler dayPage = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInLanding(RequestCache requestCache) {
		this.home.setDefaultTargetUrl("/");
		this.home.setRequestCache(requestCache);
		this.dayPage.setDefaultTargetUrl("/attendance");
		this.dayPage.setRequestCache(requestCache);
	}

	void land(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof CurrentAccount account && account.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.CHANGE_PASSWORD_URL);
			return;
		}
		boolean member = authentication.getPrincipal() instanceof CurrentAccount account
				&& account.role() == Role.TEAM_MEMBER;
		(member ? this.dayPage : this.home).onAuthenticationSuccess(request, response, authentication);
	}
}
