package org.zhucun.organization.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organization.settings.domain.SettingResolver;
import org.zhucun.organization.settings.ReferenceRows.SettingRow;
import org.zhucun.shared.database.ReadOnlyTransactionCache;
import org.zhucun.shared.settings.PolicySettings;

/**
 * Reads the settings in force on a date from the database, in SQL (a page only reads them: nearly every page asks, the
 * password's age on each request, the week's rule on the week's and day's pages). Nothing is kept beyond a
 * transaction, so a change made on one instance holds on every instance at once. In a read-only transaction, which
 * cannot change them, the stored values are read once and every date is resolved from them: a page judging a month
 * asks for each of its weeks' Mondays (the member's day page made six queries of it; {@link ReadOnlyTransactionCache}),
 * in one statement with the holiday calendar ({@link ReferenceRows}); otherwise it is one query per snapshot.
 */
@Service
@Transactional(readOnly = true)
class JdbcPolicySettings implements PolicySettings {

	private static final String IN_FORCE = """
			select v.key, v.valid_from, v.value from policy_setting v
			where v.valid_from = (select max(w.valid_from) from policy_setting w
			                      where w.key = v.key and w.valid_from <= :on)""";

	private final JdbcClient jdbc;

	private final ReferenceRows reference;

	JdbcPolicySettings(JdbcClient jdbc, ReferenceRows reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	@Override
	public Snapshot forDate(LocalDate on) {
		if (!ReadOnlyTransactionCache.active()) {
			return SettingResolver.resolve(rows(IN_FORCE, Map.of("on", on)), on);
		}
		return SettingResolver.resolve(this.reference.inTransaction().settings(), on);
	}

	private List<SettingRow> rows(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new SettingRow(rs.getString("key"), rs.getObject("valid_from", LocalDate.class),
					rs.getString("value")))
			.list();
	}
}
