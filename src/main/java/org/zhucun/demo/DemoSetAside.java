package org.zhucun.demo;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table's secondary indexes and foreign keys (and, if asked, its unique constraints) set aside for a bulk load in
 * the loading transaction, and made again afterwards from their own definitions in the catalogue; the primary key
 * stays. An index is then built once by sorting rather than row by row, a foreign key checked by one join rather than
 * by a trigger call per row, and making a constraint again checks the rows as it would have (a day twice or a
 * dangling key fails the load).
 * <p>
 * When two transactions load beside each other ({@link DemoHouseholdsBeside}), the foreign keys stay: dropping one
 * locks the table it refers to (cadre, village, work team) until the end of the transaction, which would make the
 * other transaction wait. The rows are then written with the triggers that check the keys not firing
 * ({@code session_replication_role = replica}) and checked afterwards by {@link #checkForeignKeys}, with the join the
 * constraint itself checks its rows with when it is made.
 */
final class DemoSetAside {

	private static final Logger log = LoggerFactory.getLogger(DemoSetAside.class);

	private DemoSetAside() {
	}

	/**
	 * Drops the table's secondary indexes and foreign keys, and its unique constraints when asked.
	 * @param step runs a statement with what it does (for the log), as the writers do
	 * @return what makes them again: the indexes, then the unique constraints, then the foreign keys
	 */
	static Runnable drop(JdbcTemplate jdbc, String table, boolean unique, BiConsumer<String, String> step) {
		return drop(jdbc, table, unique, false, step);
	}

	/**
	 * Drops the table's secondary indexes, its foreign keys unless asked to keep them, and its unique constraints when
	 * asked.
	 * @param keepForeignKeys whether the foreign keys stay (the rows are then checked by {@link #checkForeignKeys})
	 * @param step runs a statement with what it does (for the log), as the writers do
	 * @return what makes them again: the indexes, then the unique constraints, then the foreign keys dropped
	 */
	static Runnable drop(JdbcTemplate jdbc, String table, boolean unique, boolean keepForeignKeys,
			BiConsumer<String, String> step) {
		String indexQuery = " from pg_indexes where schemaname = current_schema() and tablename = ? and indexname not in"
				+ " (select conname from pg_constraint where conrelid = ?::regclass) order by indexname";
		List<String> indexes = jdbc.queryForList("select indexdef" + indexQuery, String.class, table, table);
		List<String> indexNames = jdbc.queryForList("select indexname" + indexQuery, String.class, table, table);
		String kinds = unique ? (keepForeignKeys ? "('u')" : "('u', 'f')") : (keepForeignKeys ? "('-')" : "('f')");
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

	/**
	 * Checks the table's rows against its foreign keys as making the constraint checks them (a row whose key columns
	 * are all set must find its row in the table referred to), for rows written while the key's triggers did not fire.
	 * @throws IllegalStateException naming the key, when a row has no row to refer to
	 */
	static void checkForeignKeys(JdbcTemplate jdbc, String table) {
		checkForeignKeys(jdbc, table, referred -> true);
	}

	/**
	 * Checks the table's rows against those of its foreign keys that refer to the tables accepted, as
	 * {@link #checkForeignKeys(JdbcTemplate, String)} does.
	 * @param referred whether the keys that refer to a table (by its name) are checked
	 */
	static void checkForeignKeys(JdbcTemplate jdbc, String table, Predicate<String> referred) {
		List<String[]> keys = jdbc.query("""
				select c.conname, c.confrelid::regclass::text,
				       string_agg('t.' || quote_ident(a.attname) || ' is not null', ' and ' order by k.i),
				       string_agg('r.' || quote_ident(b.attname) || ' = t.' || quote_ident(a.attname), ' and ' order by k.i)
				from pg_constraint c cross join unnest(c.conkey, c.confkey) with ordinality k (fk, pk, i)
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.fk
				join pg_attribute b on b.attrelid = c.confrelid and b.attnum = k.pk
				where c.conrelid = ?::regclass and c.contype = 'f' group by c.conname, c.confrelid order by c.conname
				""", (rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) },
				table);
		for (String[] key : keys) {
			if (!referred.test(key[1])) {
				continue;
			}
			String sql = "select exists (select 1 from only " + table + " t where " + key[2]
					+ " and not exists (select 1 from only " + key[1] + " r where " + key[3] + "))";
			long started = System.nanoTime();
			boolean dangling = Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class));
			log.info("City demo: {} key {} checked in {} ms", table, key[0], (System.nanoTime() - started) / 1_000_000);
			if (dangling) {
				throw new IllegalStateException("Demo load: rows of " + table + " break its foreign key " + key[0]);
			}
		}
	}
}
