package org.zhucun.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhucun.shared.web.Formats;

/** The clock of the district (Asia/Shanghai). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Formats.ZONE);
	}
}
