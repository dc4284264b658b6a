package org.zhucun.oversight;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhucun.organization.Choice;
import org.zhucun.oversight.domain.FactKind;
import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.FindingState;
import org.zhucun.oversight.domain.SubjectKind;

/**
 * The findings read in SQL with the names of their unit, team's village, town and cadre (organization's and work
 * teams' tables, read here only): a list page is one count and one page query, a card one query. No scope check: the
 * service passes the unit or town to filter by.
 */
@Repository
class FindingQueries {

	/** The condition of an overdue finding, on oversight_finding f with the day :today. */
	static final String OVERDUE = "(f.state in ('OPEN', 'ASSIGNED', 'SENT_BACK') and f.deadline < :today)";

	private static final String FROM = """
			 from oversight_finding f
			 join aid_unit u on u.id = f.unit_id
			 left join work_team t on t.id = f.team_id
			 left join village v on v.id = t.village_id
			 left join town tw on tw.id = f.town_id
			 left join cadre c on c.id = f.cadre_id
			""";

	private static final String COLUMNS = """
			select f.id, f.source, f.subject_kind, f.unit_id, u.name as unit_name, f.team_id, v.name as village_name,
			       tw.name as town_name, f.cadre_id, c.name as cadre_name, f.description, f.deadline, f.found_on,
			       f.state, f.escalated_on, """ + OVERDUE + " as overdue";

	private final JdbcClient jdbc;

	FindingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the findings matching the filter within the unit or town given (null: any), newest first */
	Page<FindingRow> search(FindingFilter filter, Long scopeUnitId, Long scopeTownId, LocalDate today,
			Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", Date.valueOf(today));
		StringBuilder where = new StringBuilder(" where true");
		Long unitId = scopeUnitId != null ? scopeUnitId : filter.unitId();
		Long townId = scopeTownId != null ? scopeTownId : filter.townId();
		if (unitId != null) {
			where.append(" and f.unit_id = :unit");
			params.put("unit", unitId);
		}
		if (townId != null) {
			where.append(" and f.town_id = :town");
			params.put("town", townId);
		}
		if (filter.state() != null) {
			where.append(" and f.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.source() != null) {
			where.append(" and f.source = :source");
			params.put("source", filter.source().name());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.append(" and ").append(OVERDUE);
		}
		long total = this.jdbc.sql("select count(*) from oversight_finding f" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<FindingRow> rows = List.of();
		if (total > 0) {
			params.put("limit", pageable.getPageSize());
			params.put("offset", pageable.getOffset());
			rows = this.jdbc.sql(COLUMNS + FROM + where + " order by f.found_on desc, f.id desc limit :limit offset :offset")
				.params(params)
				.query(FindingQueries::row)
				.list();
		}
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return one finding's line with its names */
	Optional<FindingRow> row(Long id, LocalDate today) {
		return this.jdbc.sql(COLUMNS + FROM + " where f.id = :id")
			.param("id", id)
			.param("today", Date.valueOf(today))
			.query(FindingQueries::row)
			.optional();
	}

	/** @return what waits for the unit's liaison, in one query */
	UnitCounts unitCounts(Long unitId, LocalDate today) {
		return this.jdbc.sql("""
				select count(*) as to_answer, min(f.deadline) as next_deadline,
				       count(*) filter (where f.deadline < :today) as overdue
				from oversight_finding f where f.unit_id = :unit and f.state in ('ASSIGNED', 'SENT_BACK')""")
			.param("unit", unitId)
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new UnitCounts(rs.getLong("to_answer"), rs.getObject("next_deadline", LocalDate.class),
					rs.getLong("overdue")))
			.single();
	}

	/** @return what waits for the office (or a town's official, within the town), in one query */
	OfficeCounts officeCounts(Long townId, LocalDate today) {
		return this.jdbc.sql("""
				select count(*) filter (where f.state = 'ANSWERED') as to_verify,
				       count(*) filter (where f.state = 'OPEN') as to_assign,
				       count(*) filter (where f.state <> 'ANSWERED' and f.deadline < :today) as overdue
				from oversight_finding f
				where f.state in ('OPEN', 'ASSIGNED', 'ANSWERED', 'SENT_BACK')
				  and (cast(:town as bigint) is null or f.town_id = :town)""")
			.param("town", townId)
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new OfficeCounts(rs.getLong("to_verify"), rs.getLong("to_assign"),
					rs.getLong("overdue")))
			.single();
	}

	/** @return the findings made from spot checks among these, and from the reductions of the month, by fact */
	Map<String, Long> madeFrom(Collection<Long> spotCheckIds, YearMonth month) {
		Map<String, Long> found = new HashMap<>();
		this.jdbc.sql("""
				select f.id, f.fact_kind, f.fact_id, f.fact_month from oversight_finding f
				where (f.fact_kind = 'SPOT_CHECK' and f.fact_id in (:ids))
				   or (f.fact_kind in ('REDUCTION', 'REPORT_RETURNED', 'UNIT_SHORTFALL') and f.fact_month = :month)""")
			.param("ids", spotCheckIds.isEmpty() ? List.of(-1L) : spotCheckIds)
			.param("month", month.toString())
			.query(rs -> {
				found.put(key(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"),
						rs.getString("fact_month")), rs.getLong("id"));
			});
		return found;
	}

	/** @return the findings made from the households and monitoring cases, by {@link #key} */
	Map<String, Long> madeFromNow(Collection<Long> householdIds, Collection<Long> caseIds, YearMonth month) {
		Map<String, Long> found = new HashMap<>();
		this.jdbc.sql("""
				select f.id, f.fact_kind, f.fact_id, f.fact_month from oversight_finding f
				where (f.fact_kind = 'HOUSEHOLD_OVERDUE' and f.fact_id in (:households) and f.fact_month = :month)
				   or (f.fact_kind = 'MONITORING_LATE' and f.fact_id in (:cases))""")
			.param("households", householdIds.isEmpty() ? List.of(-1L) : householdIds)
			.param("cases", caseIds.isEmpty() ? List.of(-1L) : caseIds)
			.param("month", month.toString())
			.query(rs -> {
				found.put(key(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"),
						rs.getString("fact_month")), rs.getLong("id"));
			});
		return found;
	}

	/** The active team of a village, with its unit and town. */
	record VillageTeam(Long teamId, Long unitId, Long townId) {
	}

	/** @return the active team serving the village, if any */
	Optional<VillageTeam> activeTeamOfVillage(Long villageId) {
		return this.jdbc.sql("""
				select t.id, t.unit_id, v.town_id from work_team t join village v on v.id = t.village_id
				where t.village_id = ? and t.status = 'ACTIVE' order by t.id limit 1""")
			.param(villageId)
			.query((rs, n) -> new VillageTeam(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

	/** @return the active teams, by town and village, named with their town, village and unit */
	List<Choice> teamChoices() {
		return this.jdbc.sql("""
				select t.id, tw.name || ' ' || v.name || '（' || u.name || '）' as name
				from work_team t
				join village v on v.id = t.village_id
				join town tw on tw.id = v.town_id
				join aid_unit u on u.id = t.unit_id
				where t.status = 'ACTIVE'
				order by tw.sort_order, tw.name, v.name, t.id""")
			.query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** The findings of one unit overdue on a day. */
	record OverdueByUnit(Long unitId, String unitName, long count) {
	}

	/** @return per unit, the findings still to rectify whose deadline passed before the day, by unit name */
	List<OverdueByUnit> overdueByUnit(LocalDate asOf) {
		return this.jdbc.sql("""
				select f.unit_id, u.name, count(*) as n from oversight_finding f join aid_unit u on u.id = f.unit_id
				where f.state in ('OPEN', 'ASSIGNED', 'SENT_BACK') and f.deadline < :day
				group by f.unit_id, u.name order by u.name""")
			.param("day", Date.valueOf(asOf))
			.query((rs, n) -> new OverdueByUnit(rs.getLong("unit_id"), rs.getString("name"), rs.getLong("n")))
			.list();
	}

	/** @return the key of a fact in {@link #madeFrom} */
	static String key(FactKind kind, Long id, String month) {
		return kind + ":" + id + ":" + (month == null ? "" : month);
	}

	private static FindingRow row(ResultSet rs, int n) throws SQLException {
		return new FindingRow(rs.getLong("id"), FindingSource.valueOf(rs.getString("source")),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("unit_id"), rs.getString("unit_name"),
				nullableLong(rs, "team_id"), rs.getString("village_name"), rs.getString("town_name"),
				nullableLong(rs, "cadre_id"), rs.getString("cadre_name"), rs.getString("description"),
				rs.getObject("deadline", LocalDate.class), rs.getObject("found_on", LocalDate.class),
				FindingState.valueOf(rs.getString("state")), rs.getBoolean("overdue"),
				rs.getObject("escalated_on", LocalDate.class));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
