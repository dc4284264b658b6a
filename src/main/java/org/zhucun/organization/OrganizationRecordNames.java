package org.zhucun.organization;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.UnitLeader;
import org.zhucun.organization.domain.Village;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/** The audit trail's names of towns, villages, aid units, their leadership members and cadres (none is ever deleted). */
@Configuration(proxyBeanMethods = false)
class OrganizationRecordNames {

	@Bean
	AuditedRecordNames townNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Town.class, jdbc, messages, "select id, name from town where id in (:ids)");
	}

	@Bean
	AuditedRecordNames villageNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Village.class, jdbc, messages, """
				select v.id, v.name, t.name from village v join town t on t.id = v.town_id where v.id in (:ids)""",
				Map.of("townId", "Town"));
	}

	@Bean
	AuditedRecordNames unitNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(AidUnit.class, jdbc, messages, "select id, name from aid_unit where id in (:ids)",
				Map.of("villageIds", "Village"));
	}

	@Bean
	AuditedRecordNames unitLeaderNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(UnitLeader.class, jdbc, messages, """
				select l.id, l.name, u.name from unit_leader l join aid_unit u on u.id = l.unit_id
				where l.id in (:ids)""");
	}

	@Bean
	AuditedRecordNames cadreNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Cadre.class, jdbc, messages, "select id, name from cadre where id in (:ids)",
				Map.of("unitId", "AidUnit"));
	}
}
