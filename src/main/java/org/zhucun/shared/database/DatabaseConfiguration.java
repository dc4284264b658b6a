package org.zhucun.shared.database;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * Wires the database's fault handling: the timeouts on the connection pool, migrations free of them, the check at
 * start-up, and the no-database page in front of everything that may need the database (sessions included).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

	/** Before the session filter, which reads the session of a request with a session cookie from the database. */
	static final int FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

	@Bean
	static BeanFactoryPostProcessor databaseStartupCheck(Environment environment) {
		return beanFactory -> new DatabaseStartupCheck(environment, settings(environment)).run();
	}

	@Bean
	static BeanPostProcessor databaseTimeouts(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					applyTimeouts(pool, settings(environment));
				}
				return bean;
			}

			/** Requests wait their turn for a connection of a busy pool (QueuingDataSource). */
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					return new QueuingDataSource(pool, settings(environment).busyWait());
				}
				return bean;
			}
		};
	}

	/** Migrations may run long on a large database: they get connections of their own, without the timeouts. */
	@Bean
	FlywayConfigurationCustomizer migrationsWithoutTimeouts() {
		return configuration -> {
			HikariDataSource pool = DataSourceUnwrapper.unwrap(configuration.getDataSource(), HikariDataSource.class);
			if (pool != null) {
				configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
			}
		};
	}

	@Bean
	DatabaseOutages databaseOutages(Environment environment, DatabaseSettings settings) {
		return new DatabaseOutages(DatabaseProbe.of(environment, settings));
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ITemplateEngine templates,
			LocaleResolver locales, DatabaseOutages outages, DatabaseSettings settings) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, locales, outages, settings.retryAfter()));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}

	static void applyTimeouts(HikariDataSource pool, DatabaseSettings settings) {
		long connectMillis = Math.max(250, settings.connectionTimeout().toMillis());
		pool.setConnectionTimeout(connectMillis);
		// Checking an idle connection before handing it out must fit in the wait for a connection.
		pool.setValidationTimeout(Math.max(250, Math.min(1000, connectMillis / 2)));
		// Strings: the driver reads its properties with getProperty, which ignores other types.
		String connectSeconds = seconds(settings.connectionTimeout());
		pool.addDataSourceProperty("connectTimeout", connectSeconds);
		pool.addDataSourceProperty("loginTimeout", connectSeconds);
		pool.addDataSourceProperty("socketTimeout", seconds(settings.networkTimeout()));
		if (!settings.statementTimeout().isZero()) {
			pool.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
		}
	}

	static DatabaseSettings settings(Environment environment) {
		return Binder.get(environment)
			.bindOrCreate("zhucun.database", DatabaseSettings.class);
	}

	/** @return whole seconds, rounded up, as the PostgreSQL driver takes them ({@code 0}: no limit) */
	private static String seconds(Duration duration) {
		return Long.toString(Math.min(Integer.MAX_VALUE, (duration.toMillis() + 999) / 1000));
	}
}
