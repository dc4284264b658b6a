package org.zhucun.oversight;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.oversight.domain.Finding;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/** The audit trail's names of findings: the unit and the day found (示范区财政金融局 2026-11-28). */
@Configuration(proxyBeanMethods = false)
class FindingRecordNames {

	@Bean
	AuditedRecordNames findingNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Finding.class, jdbc, messages, """
				select f.id, u.name, f.found_on from oversight_finding f join aid_unit u on u.id = f.unit_id
				where f.id in (:ids)""", Map.of("unitId", "AidUnit", "teamId", "WorkTeam", "cadreId", "Cadre",
				"townId", "Town"));
	}
}
