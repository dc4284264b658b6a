package org.zhucun.identity;

import java.io.IOException;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhucun.shared.settings.PolicySettings;

/**
 * Form sign-in with BCrypt, CSRF on, the lockout after failed sign-ins ({@link SignIns}), the forced password change
 * after a reset, "remember this phone" for team members and leaders; the method security of the modules' role and
 * scope checks is {@link MethodSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CHANGE_PASSWORD_URL = "/account/password";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignIns signIns, CsrfTokenRepository csrfTokens,
			PhoneRememberMe rememberMe, PolicySettings settings, Clock clock, CookieRequestCache requestCache,
			SecurityContextRepository contexts, SignInLanding landing, SecondFactors secondFactors,
			SecondFactorSignIn secondFactorSignIn) throws Exception {
		// Public resources here; every page's role rule is a @PreAuthorize(Allowed.…) on its controller, and the
		// services check the account's scope. A page without a rule is at least refused to visitors.
		// No session for visitors: the CSRF token lives in a cookie, and so does the page asked for before signing
		// in, so that the sign-in page and the redirect to it write nothing; the session starts at sign-in.
		AuthorizationManager<RequestAuthorizationContext> signedIn = AuthorizationManagers.allOf(
				AuthenticatedAuthorizationManager.authenticated(), (authentication, request) -> new AuthorizationDecision(
						!(authentication.get() instanceof PendingSecondFactor)));
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/access-denied", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// The endpoint index and info (name, version) are the administrator's; health is public without details.
			.requestMatchers("/actuator", "/actuator/**")
			.hasRole(Role.OFFICE_ADMIN.name())
			// A session that has given its password but not yet its second factor reaches the second-factor pages
			// only (SecondFactorSignIn.RequiredFilter sends it there before it gets this far).
			.requestMatchers(SecondFactorSignIn.URL, SecondFactorSignIn.URL + "/**")
			.authenticated()
			// A responsible cadre who is not stationed (CADRE) reaches its own pages only (CadrePages).
			.requestMatchers(CadrePages.PATHS)
			.access(signedIn)
			.anyRequest()
			.access(AuthorizationManagers.allOf(signedIn, CadrePages.notCadre())))
			.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(successHandler(signIns, landing, secondFactors, secondFactorSignIn))
				.failureHandler(failureHandler(signIns))
				.permitAll())
			.rememberMe(remember -> remember.rememberMeServices(rememberMe))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(logoutRecorder(signIns))
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("SESSION"))
			.exceptionHandling(ex -> ex.accessDeniedHandler(ExpiredForms.accessDeniedHandler("/access-denied", signIns))
				.authenticationEntryPoint(ExpiredForms.entryPoint("/login")))
			.headers(headers -> securityHeaders(headers))
			.addFilterBefore(new SessionLifetime(settings, clock), SecurityContextHolderFilter.class)
			.addFilterBefore(signIns.addressThrottle(), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SecondFactorSignIn.RequiredFilter(), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The security headers of every page: the content security policy, no framing, no sniffing, the referrer only as
	 * the origin to other sites, no camera, microphone, location or payment for any page, and HSTS (one year, with
	 * sub-domains) on secure requests, which behind a proxy means a trusted proxy that said HTTPS
	 * ({@code shared.web.ForwardedHeaders}).
	 */
	static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(
				"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600));
	}

	/** The browser features no page of the application uses. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), "
			+ "interest-cohort=()";

	/** CSRF tokens in an HTTP-only cookie, compared with the token of each posted form (CSRF stays on everywhere). */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * Static files bypass sessions, remember-me and the saved request: they are public, and a phone loading a page's
	 * style and script in parallel must not present its remember-me token three times at once.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain staticResourcesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> securityHeaders(headers));
		return http.build();
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
		tokens.setDataSource(dataSource);
		return tokens;
	}

	@Bean
	PhoneRememberMe phoneRememberMe(UserDetailsService users, PersistentTokenRepository tokens, JdbcTemplate jdbc,
			SecondFactors secondFactors) {
		return new PhoneRememberMe(users, tokens, jdbc, secondFactors);
	}

	@Bean
	UserDetailsService userDetailsService(AccountService accounts) {
		return username -> accounts.loadForLogin(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * After the right password: an account that must give a second factor goes on to that step (the sign-in is
	 * logged, and its failures in a row start again, only after the code); every other account is signed in.
	 */
	private static AuthenticationSuccessHandler successHandler(SignIns signIns, SignInLanding landing,
			SecondFactors secondFactors, SecondFactorSignIn secondFactorSignIn) {
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof CurrentAccount account
					&& secondFactors.required(account.getUsername(), account.role())) {
				secondFactorSignIn.begin(request, response, account);
				return;
			}
			signIns.succeeded(authentication.getName(), request.getRemoteAddr());
			landing.land(request, response, authentication);
		};
	}

	/** The page asked for before signing in, kept in a cookie (no session for visitors). */
	@Bean
	CookieRequestCache requestCache() {
		return new CookieRequestCache();
	}

	/** Where the sign-in keeps the signed-in account: the request, and the session (in the database). */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SignInLanding signInLanding(CookieRequestCache requestCache) {
		return new SignInLanding(requestCache);
	}

	@Bean
	SecondFactorSignIn secondFactorSignIn(SecurityContextRepository contexts, SignIns signIns,
			SignInLanding landing) {
		return new SecondFactorSignIn(contexts, signIns, landing);
	}

	private static AuthenticationFailureHandler failureHandler(SignIns signIns) {
		return (request, response, exception) -> {
			if (exception instanceof AuthenticationServiceException) {
				// Not a wrong password but a fault (e.g. the database is unreachable): not counted, and answered by
				// the error handling instead of "wrong user name or password".
				throw new ServletException("Sign-in could not be checked", exception);
			}
			String username = request.getParameter("username");
			boolean locked = exception instanceof LockedException;
			if (username != null && !username.isBlank()) {
				if (locked) {
					signIns.refusedAsLocked(username.trim(), request.getRemoteAddr());
				}
				else {
					signIns.failed(username.trim(), request.getRemoteAddr());
				}
			}
			// One answer for a wrong password, an unknown user and a locked account: nothing tells an attacker which
			// user names exist or that a guess hit a locked account.
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	private static LogoutHandler logoutRecorder(SignIns signIns) {
		return (request, response, authentication) -> {
			if (authentication != null) {
				signIns.loggedOut(authentication.getName(), request.getRemoteAddr());
			}
		};
	}

	/** Sends a user whose password was reset to the change-password page until they have chosen a new one. */
	static final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean exempt = path.equals(CHANGE_PASSWORD_URL) || path.equals("/logout") || path.startsWith("/css/")
					|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/actuator/")
					|| path.equals("/error") || path.equals("/login");
			if (!exempt && auth != null && auth.getPrincipal() instanceof CurrentAccount account
					&& account.mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_URL);
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
