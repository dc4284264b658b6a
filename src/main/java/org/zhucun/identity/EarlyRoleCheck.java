package org.zhucun.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a page's role rule ({@code @PreAuthorize(Allowed.…)} on the controller or the handler) before the request is
 * bound, so that a refused write shows the 403 page whatever it sent: without it, a post with a missing or malformed
 * field would be answered 400 by the binding before method security had its say. The rules name roles only, never
 * arguments, so they can be judged before the arguments exist; method security checks them again as before. Also
 * writes the exports to the security log.
 */
@Configuration(proxyBeanMethods = false)
class EarlyRoleCheck implements WebMvcConfigurer, HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	private final SignIns audit;

	EarlyRoleCheck(SignIns audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	/**
	 * Every export that was answered (a GET to a path ending in {@code /export}: spreadsheets of cadres, units, rosters,
	 * sheets, which hold personal data) is written to the security log with its filter.
	 */
	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (ex == null && response.getStatus() == 200 && "GET".equals(request.getMethod())
				&& path.endsWith("/export")) {
			var user = SecurityContextHolder.getContext().getAuthentication();
			this.audit.exported(user == null ? "?" : user.getName(),
					request.getQueryString() == null ? path : path + "?" + request.getQueryString(),
					request.getRemoteAddr());
		}
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Object bean = method.getBean();
			if (bean instanceof String) {
				// Not yet created (lazy): method security will judge it.
				return true;
			}
			AuthorizationResult result = this.rules.authorize(
					() -> SecurityContextHolder.getContext().getAuthentication(),
					new SimpleMethodInvocation(bean, method.getMethod()));
			if (result != null && !result.isGranted()) {
				throw new AccessDeniedException("Refused by the page's role rule before binding");
			}
		}
		return true;
	}
}
