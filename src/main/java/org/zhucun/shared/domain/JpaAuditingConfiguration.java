package org.zhucun.shared.domain;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.zhucun.shared.audit.AuditRevisionListener;

/** Fills the created/modified columns of every entity with the time and the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor")
class JpaAuditingConfiguration {

	@Bean
	AuditorAware<String> currentAuditor() {
		return () -> Optional.of(AuditRevisionListener.currentUsername());
	}
}
