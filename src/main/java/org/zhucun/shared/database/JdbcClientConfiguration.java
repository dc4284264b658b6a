package org.zhucun.shared.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's {@link JdbcClient} (Spring Boot makes none when there is one): records mapped without exceptions. */
@Configuration(proxyBeanMethods = false)
class JdbcClientConfiguration {

	@Bean
	JdbcClient jdbcClient(NamedParameterJdbcTemplate template) {
		return RecordMappingJdbcClient.of(JdbcClient.create(template));
	}
}
