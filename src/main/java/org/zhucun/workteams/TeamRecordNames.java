package org.zhucun.workteams;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;
import org.zhucun.workteams.domain.TeamMembership;
import org.zhucun.workteams.domain.WorkTeam;

/**
 * The audit trail's names of teams (枣庙村工作队 with its term) and memberships (the cadre and the team). They read the
 * names of villages and cadres from organization's tables in the same query, one query per page.
 */
@Configuration(proxyBeanMethods = false)
class TeamRecordNames {

	@Bean
	AuditedRecordNames workTeamNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(WorkTeam.class, jdbc, messages, """
				select t.id, v.name, t.term_start, t.term_end from work_team t join village v on v.id = t.village_id
				where t.id in (:ids)""", Map.of("villageId", "Village", "unitId", "AidUnit"));
	}

	@Bean
	AuditedRecordNames teamMembershipNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(TeamMembership.class, jdbc, messages, """
				select m.id, c.name, v.name from team_membership m
				join cadre c on c.id = m.cadre_id
				join work_team t on t.id = m.team_id
				join village v on v.id = t.village_id
				where m.id in (:ids)""", Map.of("cadreId", "Cadre"));
	}
}
