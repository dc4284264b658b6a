package org.zhucun.pairings;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.pairings.domain.Household;
import org.zhucun.pairings.domain.Pairing;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/**
 * The audit trail's names of households (张三（JY…）), pairings (吕雨涵 – 张三), contact logs (张三 2026-11-28),
 * monitoring cases and their assistance measures (张三 2026-11-28).
 */
@Configuration(proxyBeanMethods = false)
class PairingsRecordNames {

	@Bean
	AuditedRecordNames householdNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Household.class, jdbc, messages,
				"select id, head_name, code from household where id in (:ids)", Map.of("villageId", "Village"));
	}

	@Bean
	AuditedRecordNames pairingNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Pairing.class, jdbc, messages, """
				select p.id, c.name, h.head_name from pairing p join cadre c on c.id = p.cadre_id
				join household h on h.id = p.household_id where p.id in (:ids)""",
				Map.of("householdId", "Household", "cadreId", "Cadre"));
	}

	@Bean
	AuditedRecordNames contactLogNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(org.zhucun.pairings.domain.ContactLog.class, jdbc, messages, """
				select l.id, h.head_name, l.contact_date from contact_log l join household h on h.id = l.household_id
				where l.id in (:ids)""",
				Map.of("householdId", "Household", "pairingId", "Pairing", "cadreId", "Cadre"));
	}

	@Bean
	AuditedRecordNames monitoringCaseNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(org.zhucun.pairings.domain.MonitoringCase.class, jdbc, messages, """
				select m.id, h.head_name, m.flagged_on from monitoring_case m join household h on h.id = m.household_id
				where m.id in (:ids)""", Map.of("householdId", "Household"));
	}

	@Bean
	AuditedRecordNames monitoringMeasureNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(org.zhucun.pairings.domain.MonitoringMeasure.class, jdbc, messages, """
				select x.id, h.head_name, x.start_date from monitoring_measure x
				join monitoring_case m on m.id = x.case_id join household h on h.id = m.household_id
				where x.id in (:ids)""", Map.of("caseId", "MonitoringCase", "unitId", "AidUnit"));
	}
}
