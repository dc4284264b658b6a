package org.zhucun.oversight;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.oversight.domain.Finding;
import org.zhucun.oversight.domain.Interview;
import org.zhucun.oversight.domain.Nomination;
import org.zhucun.oversight.domain.Notice;
import org.zhucun.oversight.domain.Recall;
import org.zhucun.oversight.domain.Story;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/**
 * The audit trail's names of findings and interviews (the unit and the day: 示范区财政金融局 2026-11-28) and recalls
 * (the cadre and the last day).
 */
@Configuration(proxyBeanMethods = false)
class FindingRecordNames {

	@Bean
	AuditedRecordNames findingNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Finding.class, jdbc, messages, """
				select f.id, u.name, f.found_on from oversight_finding f join aid_unit u on u.id = f.unit_id
				where f.id in (:ids)""", Map.of("unitId", "AidUnit", "teamId", "WorkTeam", "cadreId", "Cadre",
				"townId", "Town"));
	}

	@Bean
	AuditedRecordNames interviewNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Interview.class, jdbc, messages, """
				select i.id, u.name, i.held_on from oversight_interview i join aid_unit u on u.id = i.unit_id
				where i.id in (:ids)""", Map.of("unitId", "AidUnit", "cadreId", "Cadre", "leaderId", "UnitLeader",
				"findingId", "Finding"));
	}

	@Bean
	AuditedRecordNames recallNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Recall.class, jdbc, messages, """
				select r.id, c.name, r.last_day from oversight_recall r join cadre c on c.id = r.cadre_id
				where r.id in (:ids)""", Map.of("cadreId", "Cadre", "teamId", "WorkTeam", "unitId", "AidUnit",
				"townId", "Town", "membershipId", "TeamMembership", "findingId", "Finding", "interviewId", "Interview"));
	}

	@Bean
	AuditedRecordNames storyNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Story.class, jdbc, messages,
				"select s.id, s.title from oversight_story s where s.id in (:ids)",
				Map.of("unitId", "AidUnit", "teamId", "WorkTeam", "cadreId", "Cadre"));
	}

	@Bean
	AuditedRecordNames nominationNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Nomination.class, jdbc, messages, """
				select n.id, u.name, n.award from oversight_nomination n join aid_unit u on u.id = n.unit_id
				where n.id in (:ids)""", Map.of("unitId", "AidUnit", "teamId", "WorkTeam", "cadreId", "Cadre"));
	}

	@Bean
	AuditedRecordNames noticeNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Notice.class, jdbc, messages,
				"select n.id, n.month, n.title from oversight_notice n where n.id in (:ids)");
	}
}
