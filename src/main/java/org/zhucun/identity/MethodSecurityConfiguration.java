package org.zhucun.identity;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security with {@code @PreAuthorize} alone, the one annotation the modules use (the role rule of every page,
 * {@link Allowed}, and the services' checks). {@code @EnableMethodSecurity}'s default would also publish the
 * advisors of {@code @PostAuthorize}, {@code @PreFilter} and {@code @PostFilter}, each of which the start matches
 * against every method of every bean (about 0.2 s of a start, README "Start-up"); an architecture test
 * ({@code ArchitectureRulesTest.onlyPreAuthorizeIsUsed}) makes sure none of those annotations is used, since it would
 * not be enforced, and {@code MethodSecurityIT} that every controller is behind it. The expressions are Spring
 * Security's defaults ({@code hasRole}, {@code isAuthenticated}, the {@code ROLE_} prefix); no bean is referenced from
 * them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class MethodSecurityConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor preAuthorizeAdvisor() {
		return AuthorizationManagerBeforeMethodInterceptor.preAuthorize();
	}
}
