package org.zhucun.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhucun.attendance.SpotCheckPicker.MemberChoice;
import org.zhucun.attendance.SpotCheckPicker.TeamChoice;

/**
 * Spot checks read in SQL, each with the cadre's day record of the checked day in the same query (one join, no query
 * per row). A check is a discrepancy when it found the cadre absent on a day whose record is IN_VILLAGE, worked out
 * when read. These are facts without a scope check: the spot check service checks the signed-in account's scope and
 * passes the town to filter by.
 */
@Repository
public class SpotChecks {

	/** The condition of a discrepancy, on spot_check s and its day record d. */
	private static final String DISCREPANCY = "(not s.found_present and d.status = 'IN_VILLAGE')";

	private static final String FROM = """
			 from spot_check s
			 join cadre c on c.id = s.cadre_id
			 left join work_team t on t.id = s.team_id
			 left join village v on v.id = t.village_id
			 left join town tw on tw.id = s.town_id
			 left join day_record d on d.cadre_id = s.cadre_id and d.day = s.day
			 left join account a on a.id = s.checked_by
			""";

	private final JdbcClient jdbc;

	SpotChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean isDiscrepancy(boolean foundPresent, DayStatus declared) {
		return !foundPresent && declared == DayStatus.IN_VILLAGE;
	}

	/** @return the checks matching the filter, newest first, and the number of discrepancies among all of them */
	SpotCheckList search(SpotCheckFilter filter, Long townId, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where s.day between :from and :to");
		params.put("from", filter.month().atDay(1));
		params.put("to", filter.month().atEndOfMonth());
		if (townId != null) {
			where.append(" and s.town_id = :town");
			params.put("town", townId);
		}
		if (filter.method() != null) {
			where.append(" and s.method = :method");
			params.put("method", filter.method().name());
		}
		if (filter.foundPresent() != null) {
			where.append(" and s.found_present = :present");
			params.put("present", filter.foundPresent());
		}
		if (filter.discrepanciesOnly()) {
			where.append(" and ").append(DISCREPANCY);
		}
		Map<String, Object> counts = this.jdbc
			.sql("select count(*) as total, count(*) filter (where " + DISCREPANCY + ") as discrepancies" + FROM + where)
			.params(params)
			.query()
			.singleRow();
		long total = ((Number) counts.get("total")).longValue();
		long discrepancies = ((Number) counts.get("discrepancies")).longValue();
		List<SpotCheckRow> rows = List.of();
		if (total > 0) {
			params.put("limit", pageable.getPageSize());
			params.put("offset", pageable.getOffset());
			rows = this.jdbc.sql("""
					select s.id, s.checked_at, s.cadre_id, c.name as cadre_name, s.team_id, v.name as village_name,
					       tw.name as town_name, s.method, s.found_present, d.status,
					       coalesce(a.display_name, s.checked_by_username) as checked_by""" + FROM + where
					+ " order by s.checked_at desc, s.id desc limit :limit offset :offset")
				.params(params)
				.query(SpotChecks::row)
				.list();
		}
		return new SpotCheckList(new PageImpl<>(rows, pageable, total), discrepancies);
	}

	/** @return the check with its cadre's day record, and the town it is kept under (for the scope check) */
	Optional<Found> find(Long id) {
		return this.jdbc.sql("""
				select s.id, s.checked_at, s.day, s.cadre_id, c.name as cadre_name, s.team_id, v.name as village_name,
				       tw.name as town_name, s.town_id, s.method, s.found_present, s.note,
				       coalesce(a.display_name, s.checked_by_username) as checked_by, d.status, d.overnight, d.source,
				       d.distance_m, d.accuracy_m, d.needs_review, d.note as record_note""" + FROM + " where s.id = ?")
			.param(id)
			.query((rs, n) -> new Found(nullableLong(rs, "town_id"),
					new SpotCheckDetail(rs.getLong("id"), rs.getTimestamp("checked_at").toInstant(),
							rs.getObject("day", LocalDate.class), rs.getLong("cadre_id"), rs.getString("cadre_name"),
							nullableLong(rs, "team_id"), rs.getString("village_name"), rs.getString("town_name"),
							SpotCheckMethod.valueOf(rs.getString("method")), rs.getBoolean("found_present"),
							rs.getString("note"), rs.getString("checked_by"), status(rs),
							rs.getBoolean("overnight"),
							rs.getString("source") == null ? null : DaySource.valueOf(rs.getString("source")),
							nullableInt(rs, "distance_m"), nullableInt(rs, "accuracy_m"),
							rs.getBoolean("needs_review"), rs.getString("record_note"))))
			.optional();
	}

	/** A check found, with the town it is kept under. */
	record Found(Long townId, SpotCheckDetail detail) {
	}

	/**
	 * @return the active teams of the town (all towns when null), by town and village, plus the team {@code also}
	 * when given, even if it has ended
	 */
	List<TeamChoice> teams(Long townId, Long also) {
		StringBuilder sql = new StringBuilder("""
				select t.id, v.name as village_name, tw.id as town_id, tw.name as town_name, u.name as unit_name
				 from work_team t
				 join village v on v.id = t.village_id
				 join town tw on tw.id = v.town_id
				 join aid_unit u on u.id = t.unit_id
				 where (t.status = 'ACTIVE'""");
		Map<String, Object> params = new HashMap<>();
		if (also != null) {
			sql.append(" or t.id = :also");
			params.put("also", also);
		}
		sql.append(")");
		if (townId != null) {
			sql.append(" and v.town_id = :town");
			params.put("town", townId);
		}
		sql.append(" order by tw.sort_order, tw.name, v.name, t.id");
		return this.jdbc.sql(sql.toString()).params(params).query(TeamChoice.class).list();
	}

	/** @return the cadres by id, named, in the order of their names */
	List<MemberChoice> cadres(List<Long> cadreIds) {
		if (cadreIds.isEmpty()) {
			return new ArrayList<>();
		}
		return this.jdbc.sql("select id, name from cadre where id in (:ids) order by name, id")
			.param("ids", cadreIds)
			.query(MemberChoice.class)
			.list();
	}

	private static SpotCheckRow row(ResultSet rs, int n) throws SQLException {
		return new SpotCheckRow(rs.getLong("id"), rs.getTimestamp("checked_at").toInstant(), rs.getLong("cadre_id"),
				rs.getString("cadre_name"), nullableLong(rs, "team_id"), rs.getString("village_name"),
				rs.getString("town_name"), SpotCheckMethod.valueOf(rs.getString("method")), rs.getBoolean("found_present"),
				status(rs), rs.getString("checked_by"));
	}

	private static DayStatus status(ResultSet rs) throws SQLException {
		String status = rs.getString("status");
		return status == null ? null : DayStatus.valueOf(status);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}
}
