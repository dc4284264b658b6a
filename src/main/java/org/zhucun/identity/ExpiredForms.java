package org.zhucun.identity;

import java.net.URI;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A form sent after its sign-in or page expired (the session timed out while the page was open, so its CSRF token is
 * gone) goes back to the page it came from, marked {@code ?expired}, with the fields the form names in
 * {@code _keep} carried along, so that after signing in again the user finds the form with the choice kept instead of
 * an error page. Other refusals keep their 403 page and the sign-in page.
 */
final class ExpiredForms {

	/** The hidden field listing the form's fields that may travel in the address (never secrets). */
	static final String KEEP_PARAMETER = "_keep";

	static final String EXPIRED_PARAMETER = "expired";

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,30}");

	/** Kept values are short words (a status, a number, true): nothing to encode, nothing personal. */
	private static final Pattern FIELD_VALUE = Pattern.compile("[A-Za-z0-9_.-]{0,40}");

	private static final int MAX_KEPT_FIELDS = 5;

	private static final String CSRF_PARAMETER = "_csrf";

	/** The length of the tokens the cookie repository makes ({@code UUID.randomUUID().toString()}). */
	private static final int UUID_LENGTH = 36;

	private ExpiredForms() {
	}

	/**
	 * @return the 403 page for refusals and for a damaged or forged CSRF token, the way back to the form for a form
	 * with an expired CSRF token
	 */
	static AccessDeniedHandler accessDeniedHandler(String errorPage, SignIns audit) {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		forbidden.setErrorPage(errorPage);
		return (request, response, exception) -> {
			if (exception instanceof CsrfException && isFormPost(request)) {
				if (!isMalformed(request.getParameter(CSRF_PARAMETER))) {
					backToForm(request, response);
					return;
				}
				request.setAttribute("errorDetail", "input.bad-csrf-token");
			}
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			audit.accessDenied(user == null ? "?" : user.getName(), request.getMethod(), path,
					request.getRemoteAddr());
			forbidden.handle(request, response, exception);
		};
	}

	/**
	 * @return whether a posted CSRF token is not one this application could have written into a page (Spring
	 * Security's masked token: URL-safe Base64 of twice the length of a UUID); a missing token counts as expired
	 */
	static boolean isMalformed(String token) {
		if (token == null) {
			return false;
		}
		try {
			return Base64.getUrlDecoder().decode(token).length != 2 * UUID_LENGTH;
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	/**
	 * @return the sign-in page for pages, marked {@code ?expired} when the page came back from an expired form; the way
	 * back to the form for a form sent without a sign-in
	 */
	static AuthenticationEntryPoint entryPoint(String loginPage) {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(loginPage) {
			@Override
			protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) {
				return request.getParameter(EXPIRED_PARAMETER) != null ? loginPage + "?" + EXPIRED_PARAMETER
						: loginPage;
			}
		};
		// "/login", never an address built from the request's Host header.
		login.setFavorRelativeUris(true);
		return (request, response, exception) -> {
			if (isFormPost(request)) {
				backToForm(request, response);
				return;
			}
			login.commence(request, response, exception);
		};
	}

	private static boolean isFormPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod());
	}

	/** Answers 303 See Other with the form's page (the same-site part of the Referer, else the home page). */
	private static void backToForm(HttpServletRequest request, HttpServletResponse response) {
		String page = formPage(request);
		UriComponentsBuilder target = UriComponentsBuilder.fromUriString(page)
			.replaceQueryParam(EXPIRED_PARAMETER)
			.queryParam(EXPIRED_PARAMETER);
		String keep = request.getParameter(KEEP_PARAMETER);
		if (keep != null) {
			int kept = 0;
			for (String field : keep.split(",")) {
				String name = field.strip();
				String value = request.getParameter(name);
				if (FIELD_NAME.matcher(name).matches() && value != null && FIELD_VALUE.matcher(value).matches()
						&& kept++ < MAX_KEPT_FIELDS) {
					target.replaceQueryParam(name, value);
				}
			}
		}
		String location;
		try {
			location = target.build(true).toUriString();
		}
		catch (IllegalArgumentException ex) {
			// The page's own address was not properly encoded: go back to its path alone.
			location = URI.create(page).getRawPath() + "?" + EXPIRED_PARAMETER;
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + location);
	}

	/** @return the path and query of the page that sent the form, when it is one of this site's; else "/" */
	private static String formPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			String context = request.getContextPath();
			if (path == null || !path.startsWith(context + "/") || path.startsWith("//")
					|| (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName()))) {
				return "/";
			}
			String local = path.substring(context.length());
			return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}
}
