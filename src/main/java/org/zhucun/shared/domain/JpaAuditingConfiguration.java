package org.zhucun.shared.domain;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.zhucun.shared.audit.AuditRevisionListener;

/**
 * Fills the created/modified columns of every entity with the time of the application's clock (so that they compare
 * with the other times the application records) and the signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingTime")
class JpaAuditingConfiguration {

	@Bean
	AuditorAware<String> currentAuditor() {
		return () -> Optional.of(AuditRevisionListener.currentUsername());
	}

	@Bean
	DateTimeProvider auditingTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}
}
