package org.zhucun.demo;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.organization.HolidayKind;
import org.zhucun.organization.VillageCategory;

/**
 * Writes a generated district set-based: ids are taken from the tables' sequences in one query per table, then the
 * rows go in with one JDBC batch per table. Every row is marked as created and modified by {@value #AUTHOR}.
 */
final class DemoDistrictWriter {

	static final String AUTHOR = "demo";

	private static final String AUDIT_COLUMNS = "version, created_at, created_by, modified_at, modified_by";

	private static final String AUDIT_VALUES = "0, now(), '" + AUTHOR + "', now(), '" + AUTHOR + "'";

	/** The database ids of the written rows, in the order of the district's lists. */
	record Ids(long[] towns, long[] villages, long[] units, long[] cadres, long[] teams) {
	}

	/**
	 * The ids of the demo accounts that decide and submit leave: the office administrator (for people without an
	 * account), the office staff, the demo town's official, and the accounts bound to cadres by cadre id.
	 */
	record Accounts(long admin, long office, long town, Map<Long, Long> byCadre) {
	}

	private final JdbcTemplate jdbc;

	DemoDistrictWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Ids write(DemoDistrict district) {
		long[] towns = insert("town", "name, sort_order", district.towns(), t -> new Object[] { t.name(), t.sortOrder() });
		long[] villages = insert("village",
				"town_id, name, category, latitude, longitude, radius_m, population, households", district.villages(),
				v -> new Object[] { towns[v.town()], v.name(), v.category().name(), v.latitude(), v.longitude(),
						v.radiusMetres(), v.population(), v.households() });
		long[] units = insert("aid_unit", "name, kind, phone, address", district.units(),
				u -> new Object[] { u.name(), u.kind().name(), u.phone(), u.address() });
		insert("unit_leader", "unit_id, name, gender, position, phone, principal, sort_order", district.leaders(),
				l -> new Object[] { units[l.unit()], l.name(), l.gender().name(), l.position(), l.phone(), l.principal(),
						l.sortOrder() });
		List<Object[]> links = new ArrayList<>();
		for (DemoDistrict.Link link : district.links()) {
			links.add(new Object[] { units[link.unit()], villages[link.village()] });
		}
		this.jdbc.batchUpdate("insert into aid_unit_village (unit_id, village_id) values (?, ?)", links);
		long[] cadres = insert("cadre", "unit_id, name, gender, phone, position", district.cadres(),
				c -> new Object[] { units[c.unit()], c.name(), c.gender().name(), c.phone(), c.position() });
		insert("holiday", "day, name", district.holidays(), h -> new Object[] { h.day(), h.name() });
		insert("holiday", "day, name, kind", district.workdays(),
				h -> new Object[] { h.day(), h.name(), HolidayKind.WORKDAY.name() });
		long[] teams = insert("work_team",
				"village_id, unit_id, term_start, term_end, status, ended_on, one_per_village, note", district.teams(),
				t -> new Object[] { villages[t.village()], units[t.unit()], t.termStart(), t.termEnd(),
						t.active() ? "ACTIVE" : "ENDED", t.endedOn(),
						district.villages().get(t.village()).category() == VillageCategory.REGISTERED_POOR, t.note() });
		insert("team_membership", "team_id, cadre_id, role, joined_on, left_on, leave_reason, note",
				district.memberships(),
				m -> new Object[] { teams[m.team()], cadres[m.cadre()], m.role().name(), m.joined(), m.left(),
						m.reason() == null ? null : m.reason().name(), m.note() });
		return new Ids(towns, villages, units, cadres, teams);
	}

	/**
	 * Writes the leave requests, their decisions and the {@code LEAVE} day records of the days taken; after the
	 * accounts exist, because requests and decisions name the accounts that made them.
	 * @param district the district written before
	 * @param ids the ids it was written with
	 * @param accounts the demo accounts' ids
	 */
	void writeLeave(DemoDistrict district, Ids ids, Accounts accounts) {
		List<DemoDistrict.LeaveRequest> leaves = district.leaves();
		long[] requestIds = nextIds("leave_request", leaves.size());
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> decisions = new ArrayList<>();
		List<Object[]> days = new ArrayList<>();
		for (int i = 0; i < leaves.size(); i++) {
			DemoDistrict.LeaveRequest r = leaves.get(i);
			long cadre = ids.cadres()[r.cadre()];
			long team = ids.teams()[r.team()];
			boolean demoTown = district.villages().get(district.teams().get(r.team()).village()).town() == district
				.anchors()
				.town();
			requests.add(new Object[] { requestIds[i], cadre, team, r.type().name(), r.firstDay(), r.lastDay(),
					r.reason(), r.chainText(), r.stepIndex(), r.state().name(), r.actualReturn(),
					accounts.byCadre().getOrDefault(cadre, accounts.admin()), r.createdAt(), r.modifiedAt() });
			for (DemoDistrict.LeaveDecision d : r.decisions()) {
				long by = switch (d.step()) {
					case TEAM_LEADER -> accounts.byCadre().getOrDefault(ids.cadres()[d.leaderCadre()], accounts.admin());
					case TOWN -> demoTown ? accounts.town() : accounts.admin();
					case OFFICE -> accounts.office();
				};
				decisions.add(new Object[] { requestIds[i], d.step().name(), by, d.name(), d.approved(), d.comment(),
						d.at() });
			}
			OffsetDateTime approved = r.decisions().isEmpty() ? r.createdAt()
					: r.decisions().get(r.decisions().size() - 1).at();
			for (LocalDate day : r.daysTaken()) {
				days.add(new Object[] { cadre, team, day, requestIds[i], approved, approved });
			}
		}
		this.jdbc.batchUpdate("insert into leave_request (id, cadre_id, team_id, type, first_day, last_day, reason, "
				+ "chain, step_index, state, actual_return, requested_by, version, created_at, created_by, modified_at, "
				+ "modified_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '" + AUTHOR + "', ?, '" + AUTHOR
				+ "')", requests);
		this.jdbc.batchUpdate("insert into leave_decision (request_id, step, decided_by, decided_by_name, approved, "
				+ "comment, decided_at) values (?, ?, ?, ?, ?, ?, ?)", decisions);
		insertAll("insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id, version, "
				+ "created_at, created_by, modified_at, modified_by) select c::bigint, t::bigint, d::date, 'LEAVE', false, "
				+ "'LEAVE', r::bigint, 0, a::timestamptz, '" + AUTHOR + "', m::timestamptz, '" + AUTHOR + "' from "
				+ "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) u (c, t, d, r, a, m)", 6, days);
	}

	/**
	 * Writes the day records the cadres declared and their leaders corrected, the week confirmations and the spot
	 * checks; after the leave, whose days it leaves alone. A confirmation by a leader without an account names the
	 * leader and account id 0 (no account); a spot check names the office's or the demo town's account.
	 * @param district the district written before
	 * @param attendance its attendance
	 * @param ids the ids the district was written with
	 * @param accounts the demo accounts' ids
	 */
	void writeAttendance(DemoDistrict district, DemoAttendance attendance, Ids ids, Accounts accounts) {
		List<Object[]> days = new ArrayList<>(attendance.days().size());
		for (DemoAttendance.Day d : attendance.days()) {
			String by = "LEADER".equals(d.source()) ? AUTHOR + "-leader" : AUTHOR;
			days.add(new Object[] { ids.cadres()[d.cadre()], ids.teams()[d.team()], d.day(), d.status(), d.overnight(),
					d.source(), d.latitude(), d.longitude(), d.accuracyMetres(), d.distanceMetres(), d.needsReview(),
					d.note(), d.at(), by, d.at(), by });
		}
		insertAll("insert into day_record (cadre_id, team_id, day, status, overnight, source, latitude, longitude, "
				+ "accuracy_m, distance_m, needs_review, note, version, created_at, created_by, modified_at, modified_by) "
				+ "select c::bigint, t::bigint, d::date, s, o::boolean, src, lat::numeric, lon::numeric, acc::int, "
				+ "dist::int, rev::boolean, note, 0, a::timestamptz, ab, m::timestamptz, mb from unnest(?::text[], "
				+ "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
				+ "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) u (c, t, d, s, o, src, lat, lon, acc, "
				+ "dist, rev, note, a, ab, m, mb)", 16, days);
		int leaderCadre = district.anchors().leaderCadre();
		List<Object[]> confirmations = new ArrayList<>();
		for (DemoAttendance.Confirmation c : attendance.confirmations()) {
			boolean demoLeader = c.leaderCadre() == leaderCadre;
			long account = demoLeader
					? accounts.byCadre().getOrDefault(ids.cadres()[leaderCadre], 0L) : 0L;
			String username = demoLeader ? DemoAccounts.LEADER : district.cadres().get(c.leaderCadre()).name();
			confirmations.add(new Object[] { ids.teams()[c.team()], c.isoYear(), c.isoWeek(), account, username,
					c.at() });
		}
		this.jdbc.batchUpdate("insert into week_confirmation (team_id, iso_year, iso_week, confirmed_by, "
				+ "confirmed_by_username, confirmed_at) values (?, ?, ?, ?, ?, ?)", confirmations);
		List<Object[]> checks = new ArrayList<>();
		for (DemoAttendance.Check c : attendance.checks()) {
			long account = c.byOffice() ? accounts.office() : accounts.town();
			String username = c.byOffice() ? DemoAccounts.OFFICE : DemoAccounts.TOWN;
			checks.add(new Object[] { ids.cadres()[c.cadre()], ids.teams()[c.team()], ids.towns()[c.town()], c.at(),
					c.day(), c.method(), c.foundPresent(), c.note(), account, username, c.at(), username, c.at(),
					username });
		}
		this.jdbc.batchUpdate("insert into spot_check (cadre_id, team_id, town_id, checked_at, day, method, "
				+ "found_present, note, checked_by, checked_by_username, version, created_at, created_by, modified_at, "
				+ "modified_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", checks);
	}

	/**
	 * Inserts all rows with one statement that reads them from arrays (one text array per column, cast in the
	 * statement), so that the statement-level triggers on the table run once rather than once per row.
	 * @param sql the insert, selecting from unnest of {@code columns} text array parameters
	 * @param columns the number of columns of a row
	 * @param rows the rows, their values as their text forms
	 */
	private void insertAll(String sql, int columns, List<Object[]> rows) {
		String[][] values = new String[columns][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns; c++) {
				Object value = rows.get(r)[c];
				values[c][r] = value == null ? null : value.toString();
			}
		}
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			for (int c = 0; c < columns; c++) {
				statement.setArray(c + 1, connection.createArrayOf("text", values[c]));
			}
			return statement;
		});
	}

	/**
	 * Inserts rows into a table with a serial id and the audit columns.
	 * @param table the table (a constant of this class, never user input)
	 * @param columns the columns the values fill, after the id
	 * @param rows the rows
	 * @param values the column values of a row
	 * @return the ids given to the rows, in their order
	 */
	private <T> long[] insert(String table, String columns, List<T> rows, Function<T, Object[]> values) {
		long[] ids = nextIds(table, rows.size());
		int columnCount = columns.split(",").length;
		String sql = "insert into " + table + " (id, " + columns + ", " + AUDIT_COLUMNS + ") values (?"
				+ ", ?".repeat(columnCount) + ", " + AUDIT_VALUES + ")";
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Object[] row = values.apply(rows.get(i));
			Object[] withId = new Object[row.length + 1];
			withId[0] = ids[i];
			System.arraycopy(row, 0, withId, 1, row.length);
			batch.add(withId);
		}
		this.jdbc.batchUpdate(sql, batch);
		return ids;
	}

	private long[] nextIds(String table, int count) {
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
		return ids.stream().mapToLong(Long::longValue).toArray();
	}
}
