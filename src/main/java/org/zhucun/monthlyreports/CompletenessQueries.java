package org.zhucun.monthlyreports;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhucun.monthlyreports.Completeness.Status;
import org.zhucun.monthlyreports.Completeness.UnitRow;
import org.zhucun.monthlyreports.ReportState;

/**
 * The month's reports of every active unit in one query, with the towns each unit serves; reads the organization's
 * {@code aid_unit}, {@code aid_unit_village}, {@code village} and {@code town} tables (the one place this module does).
 */
@Component
class CompletenessQueries {

	/** A unit with the town it serves, for the counts by town. */
	record UnitTown(Long unitId, Long townId, String townName) {
	}

	private final JdbcClient jdbc;

	CompletenessQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the active units (of the town's villages when a town is given) with their month's report, by name */
	List<UnitRow> units(YearMonth month, Long townId) {
		return this.jdbc.sql("""
				select u.id, u.name,
				       (select string_agg(distinct t.name, '、')
				        from aid_unit_village av join village v on v.id = av.village_id join town t on t.id = v.town_id
				        where av.unit_id = u.id) as towns,
				       r.id as report_id, r.state, coalesce(r.late, false) as late, r.submitted_at
				from aid_unit u
				left join monthly_report r on r.unit_id = u.id and r.month = :month
				where u.active and (cast(:town as bigint) is null or exists (
				    select 1 from aid_unit_village av join village v on v.id = av.village_id
				    where av.unit_id = u.id and v.town_id = :town))
				order by u.name, u.id""")
			.param("month", month.atDay(1))
			.param("town", townId)
			.query((rs, n) -> {
				String state = rs.getString("state");
				ReportState reportState = state == null ? null : ReportState.valueOf(state);
				Timestamp at = rs.getTimestamp("submitted_at");
				return new UnitRow(rs.getLong("id"), rs.getString("name"), rs.getString("towns"),
						(Long) rs.getObject("report_id"), reportState, rs.getBoolean("late"),
						at == null ? null : at.toInstant(), Status.of(reportState));
			})
			.list();
	}

	/** @return each active unit's towns (a unit serving two towns appears twice), by town order */
	List<UnitTown> unitTowns() {
		return this.jdbc.sql("""
				select distinct av.unit_id, t.id, t.name, t.sort_order
				from aid_unit_village av join village v on v.id = av.village_id join town t on t.id = v.town_id
				join aid_unit u on u.id = av.unit_id and u.active
				order by t.sort_order, t.name, t.id""")
			.query((rs, n) -> new UnitTown(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}
}
