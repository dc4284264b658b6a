package org.zhucun.organization.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.organization.settings.domain.Holiday;
import org.zhucun.organization.settings.domain.PolicySettingValue;
import org.zhucun.shared.audit.AuditedRecordNames;
import org.zhucun.shared.audit.SqlRecordNames;

/**
 * The audit trail's names of policy setting values (每周驻村天数 自 2026-01-01 起) and holidays (2026-10-01 国庆节); both can
 * be deleted, so those no longer there are named from the values kept at deletion in their audit tables (ids are
 * never used twice, so a record is found in one of the two).
 */
@Configuration(proxyBeanMethods = false)
class SettingsRecordNames {

	@Bean
	AuditedRecordNames policySettingValueNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(PolicySettingValue.class, jdbc, messages, """
				select id, key, valid_from from policy_setting where id in (:ids)
				union all
				select id, key, valid_from from policy_setting_aud where id in (:ids) and revtype = 2""") {

			@Override
			protected Object[] arguments(ResultSet rs, Locale locale) throws SQLException {
				Object[] arguments = super.arguments(rs, locale);
				arguments[0] = label("setting." + arguments[0] + ".label", (String) arguments[0], locale);
				return arguments;
			}
		};
	}

	@Bean
	AuditedRecordNames holidayNames(JdbcClient jdbc, MessageSource messages) {
		return new SqlRecordNames(Holiday.class, jdbc, messages, """
				select id, day, name from holiday where id in (:ids)
				union all
				select id, day, name from holiday_aud where id in (:ids) and revtype = 2""");
	}
}
