package org.zhucun.leave;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.leave.domain.LeaveRequest;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/**
 * The audit trail's names of leave requests: the cadre and the days (吕雨涵 2026-11-02–2026-11-04), the cadre's name
 * read from organization's table in the same query.
 */
@Configuration(proxyBeanMethods = false)
class LeaveRecordNames {

	@Bean
	AuditedRecordNames leaveRequestNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(LeaveRequest.class, jdbc, messages, """
				select r.id, c.name, r.first_day, r.last_day from leave_request r join cadre c on c.id = r.cadre_id
				where r.id in (:ids)""",
				Map.of("cadreId", "Cadre", "teamId", "WorkTeam", "requestedBy", "Account"));
	}
}
