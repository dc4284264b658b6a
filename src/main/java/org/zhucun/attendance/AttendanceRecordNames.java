package org.zhucun.attendance;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.SpotCheck;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/**
 * The audit trail's names of day records (吕雨涵 2026-11-02) and spot checks (吕雨涵 2026-11-02 10:30), the cadre's name
 * read from organization's table in the same query. Day records of cancelled leave are deleted: those are named from
 * the values kept at deletion in {@code day_record_aud} (ids are never used twice).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceRecordNames {

	@Bean
	AuditedRecordNames dayRecordNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(DayRecord.class, jdbc, messages, """
				select d.id, c.name, d.day from day_record d join cadre c on c.id = d.cadre_id where d.id in (:ids)
				union all
				select d.id, c.name, d.day from day_record_aud d join cadre c on c.id = d.cadre_id
				where d.id in (:ids) and d.revtype = 2""",
				Map.of("cadreId", "Cadre", "teamId", "WorkTeam", "leaveRequestId", "LeaveRequest"));
	}

	@Bean
	AuditedRecordNames spotCheckNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(SpotCheck.class, jdbc, messages, """
				select s.id, c.name, s.checked_at from spot_check s join cadre c on c.id = s.cadre_id
				where s.id in (:ids)""",
				Map.of("cadreId", "Cadre", "teamId", "WorkTeam", "townId", "Town", "checkedBy", "Account"));
	}
}
