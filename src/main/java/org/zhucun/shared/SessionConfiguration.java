package org.zhucun.shared;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL: a session attribute is written with an upsert, so that two requests of one session at once
 * (a double tap on a phone, a retry while the first answer is on its way) both succeed instead of one ending in a
 * duplicate key error; and a request reads its session once ({@link SessionReads}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** The session repository that answers a request's second read of its session from the request's memo. */
	@Bean
	static BeanPostProcessor sessionReadOnce() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository ? SessionReads.remembering(bean) : bean;
			}
		};
	}

	/** The request's memo, opened just outside Spring Session's filter, which reads and saves the session. */
	@Bean
	FilterRegistrationBean<Filter> sessionReadScope() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SessionReads.scope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}
}
