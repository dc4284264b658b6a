package org.zhucun.demo;

import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table's secondary indexes and foreign keys (and, if asked, its unique constraints) set aside for a bulk load in
 * the loading transaction, and made again afterwards from their own definitions in the catalogue; the primary key
 * stays. An index is then built once by sorting rather than row by row, a foreign key checked by one join rather than
 * by a trigger call per row, and making a constraint again checks the rows as it would have (a day twice or a
 * dangling key fails the load).
 */
final class DemoSetAside {

	private DemoSetAside() {
	}

	/**
	 * Drops the table's secondary indexes and foreign keys, and its unique constraints when asked.
	 * @param step runs a statement with what it does (for the log), as the writers do
	 * @return what makes them again: the indexes, then the unique constraints, then the foreign keys
	 */
	static Runnable drop(JdbcTemplate jdbc, String table, boolean unique, BiConsumer<String, String> step) {
		String indexQuery = " from pg_indexes where schemaname = current_schema() and tablename = ? and indexname not in"
				+ " (select conname from pg_constraint where conrelid = ?::regclass) order by indexname";
		List<String> indexes = jdbc.queryForList("select indexdef" + indexQuery, String.class, table, table);
		List<String> indexNames = jdbc.queryForList("select indexname" + indexQuery, String.class, table, table);
		String kinds = unique ? "('u', 'f')" : "('f')";
		List<String[]> constraints = jdbc.query("select conname, pg_get_constraintdef(oid) from pg_constraint"
				+ " where conrelid = ?::regclass and contype in " + kinds + " order by contype desc, conname",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, table);
		for (String[] constraint : constraints) {
			jdbc.execute("alter table " + table + " drop constraint " + constraint[0]);
		}
		for (String name : indexNames) {
			jdbc.execute("drop index " + name);
		}
		return () -> {
			for (String definition : indexes) {
				step.accept(table + " index", definition);
			}
			for (String[] constraint : constraints) {
				step.accept(table + " constraint",
						"alter table " + table + " add constraint " + constraint[0] + " " + constraint[1]);
			}
		};
	}
}
