package org.zhucun.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhucun.shared.web.Formats;

/**
 * The clock of the district (Asia/Shanghai), the one source of "now" for the application: its rules, its records'
 * audit columns and the demo district it loads. The setting {@code zhucun.clock.start} (an ISO date-time with offset,
 * e.g. {@code 2026-11-28T10:00:00+08:00}) sets it to that instant when the application starts, from where it runs on,
 * so that the integration tests and the demo they load see the same day whenever they run, with every later action
 * after the earlier ones; unset, it is the system clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${zhucun.clock.start:}") String start) {
		Clock system = Clock.system(Formats.ZONE);
		if (start == null || start.isBlank()) {
			return system;
		}
		Instant startsAt;
		try {
			startsAt = OffsetDateTime.parse(start.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("zhucun.clock.start must be an ISO date-time with offset, e.g. "
					+ "2026-11-28T10:00:00+08:00: " + start, ex);
		}
		return Clock.offset(system, Duration.between(system.instant(), startsAt));
	}
}
