package org.zhucun.shared.audit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.shared.web.Formats;

/**
 * Names one kind of audited record with one SQL query over the ids asked for (parameter {@code :ids}): the first
 * column is the id, the others are the arguments of the message {@code audit.name.<EntityName>} of the module's
 * bundle, dates as 2026-11-28 and times as 2026-11-28 14:05.
 */
public class SqlRecordNames implements AuditedRecordNames {

	private final Class<?> entityClass;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final String sql;

	private final Map<String, String> references;

	private final Formats formats = new Formats();

	/**
	 * @param sql selects the id and the message's arguments of the records whose id is in {@code (:ids)}; a kind whose
	 * records can be deleted reads its audit table ({@code <table>_aud}, which keeps the values at deletion)
	 * @param references see {@link #references()}
	 */
	public SqlRecordNames(Class<?> entityClass, JdbcClient jdbc, MessageSource messages, String sql,
			Map<String, String> references) {
		this.entityClass = entityClass;
		this.jdbc = jdbc;
		this.messages = messages;
		this.sql = sql;
		this.references = Map.copyOf(references);
	}

	/** A kind of record without properties that refer to others by id. */
	public SqlRecordNames(Class<?> entityClass, JdbcClient jdbc, MessageSource messages, String sql) {
		this(entityClass, jdbc, messages, sql, Map.of());
	}

	@Override
	public Class<?> entityClass() {
		return this.entityClass;
	}

	@Override
	public Map<String, String> references() {
		return this.references;
	}

	@Override
	public Map<Long, String> names(Set<Long> ids, Locale locale) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String code = "audit.name." + this.entityClass.getSimpleName();
		List<Map.Entry<Long, Object[]>> rows = this.jdbc.sql(this.sql)
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), arguments(rs, locale)))
			.list();
		Map<Long, String> names = new HashMap<>();
		for (Map.Entry<Long, Object[]> row : rows) {
			names.put(row.getKey(), this.messages.getMessage(code, row.getValue(), locale).strip());
		}
		return names;
	}

	/** @return the message's arguments from the row's columns after the id, as display text */
	protected Object[] arguments(ResultSet rs, Locale locale) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Object[] arguments = new Object[meta.getColumnCount() - 1];
		for (int column = 2; column <= meta.getColumnCount(); column++) {
			arguments[column - 2] = text(rs, column, meta.getColumnType(column));
		}
		return arguments;
	}

	/** @return a message of the bundles in the locale */
	protected String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	/** @return the label of a message code in the locale, or the fallback where the bundles have none */
	protected String label(String code, String fallback, Locale locale) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { code }, fallback), locale);
	}

	private String text(ResultSet rs, int column, int type) throws SQLException {
		switch (type) {
			case Types.DATE -> {
				return this.formats.date(rs.getObject(column, LocalDate.class));
			}
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
				return at == null ? "" : this.formats.dateTime(at.toInstant());
			}
			default -> {
				Object value = rs.getObject(column);
				return value == null ? "" : value.toString();
			}
		}
	}
}
