package org.zhucun.shared.embedded;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Stops startup with a message that says what to set when no database is configured. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguredCheck {

	@Bean
	static BeanFactoryPostProcessor databaseConfigured() {
		return new Check();
	}

	static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

		private Environment environment;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			if (!StringUtils.hasText(this.environment.getProperty("spring.datasource.url"))) {
				throw new IllegalStateException("No database is configured. Set SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a PostgreSQL database, or "
						+ "start with the 'local' profile (./mvnw spring-boot:run does) to use the embedded PostgreSQL.");
			}
		}
	}
}
