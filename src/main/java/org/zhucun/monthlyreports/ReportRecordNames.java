package org.zhucun.monthlyreports;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.monthlyreports.domain.MonthlyReport;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/** The audit trail's name of a monthly report: its unit and month (e.g. 示范区财政金融局 2026-11). */
@Configuration(proxyBeanMethods = false)
class ReportRecordNames {

	@Bean
	AuditedRecordNames monthlyReportNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(MonthlyReport.class, jdbc, messages, """
				select r.id, u.name, to_char(r.month, 'YYYY-MM')
				from monthly_report r join aid_unit u on u.id = r.unit_id where r.id in (:ids)""",
				Map.of("unitId", "AidUnit"));
	}

}
