package org.zhucun.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts of the month overview that the month computation does not give, one SQL query each: the district's
 * towns, the teams serving in a period (per town, or the list of one town's teams), and the spot checks that found a
 * cadre absent on a day declared in the village (discrepancies), filtered by scope and limited.
 */
@Repository
class OverviewQueries {

	private final JdbcClient jdbc;

	OverviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A town of the district. */
	record TownRef(Long id, String name) {
	}

	/** A team of a town serving in the period: its village and its dispatching unit. */
	record TeamRef(Long id, String villageName, String unitName) {
	}

	/** A spot check that found the cadre absent on a day the cadre had declared in the village. */
	record Discrepancy(Long id, LocalDate day, OffsetDateTime checkedAt, String method, Long cadreId, String cadreName,
			Long teamId, String villageName, Long townId, String townName, long total) {
	}

	List<TownRef> towns() {
		return this.jdbc.sql("select id, name from town order by sort_order, name, id").query(TownRef.class).list();
	}

	/** @return a town name, if the town exists */
	Optional<String> townName(Long townId) {
		return this.jdbc.sql("select name from town where id = ?").param(townId).query(String.class).optional();
	}

	/** @return the number of teams whose term overlaps the period, by the town of their village */
	Map<Long, Integer> teamsByTown(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select v.town_id, count(*) as teams from work_team t join village v on v.id = t.village_id"
					+ " where t.term_start <= :to and (t.ended_on is null or t.ended_on >= :from) group by v.town_id")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** @return the teams of one town whose term overlaps the period, by village */
	List<TeamRef> teamsOfTown(Long townId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select t.id, v.name as village_name, u.name as unit_name from work_team t"
					+ " join village v on v.id = t.village_id join aid_unit u on u.id = t.unit_id"
					+ " where v.town_id = :town and t.term_start <= :to and (t.ended_on is null or t.ended_on >= :from)"
					+ " order by v.name, t.id")
			.param("town", townId)
			.param("from", from)
			.param("to", to)
			.query(TeamRef.class)
			.list();
	}

	/** @return the teams of the given ids, by village */
	List<TeamRef> teams(List<Long> teamIds) {
		return this.jdbc
			.sql("select t.id, v.name as village_name, u.name as unit_name from work_team t"
					+ " join village v on v.id = t.village_id join aid_unit u on u.id = t.unit_id"
					+ " where t.id in (:ids) order by v.name, t.id")
			.param("ids", teamIds)
			.query(TeamRef.class)
			.list();
	}

	/**
	 * The discrepancies of the period, of one town when the town is given, ordered by day and time of the check;
	 * every row carries the total count of the scope.
	 */
	List<Discrepancy> discrepancies(Long townId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql("select s.id, s.day, s.checked_at, s.method, s.cadre_id, c.name as cadre_name, s.team_id,"
					+ " v.name as village_name, s.town_id, tn.name as town_name, count(*) over () as total"
					+ " from spot_check s"
					+ " join day_record d on d.cadre_id = s.cadre_id and d.day = s.day and d.status = 'IN_VILLAGE'"
					+ " join cadre c on c.id = s.cadre_id"
					+ " left join work_team t on t.id = s.team_id left join village v on v.id = t.village_id"
					+ " left join town tn on tn.id = s.town_id"
					+ " where not s.found_present and s.day between :from and :to"
					+ (townId == null ? "" : " and s.town_id = :town")
					+ " order by s.day, s.checked_at, s.id limit :limit")
			.params(townId == null ? Map.of("from", from, "to", to, "limit", limit)
					: Map.of("town", townId, "from", from, "to", to, "limit", limit))
			.query(Discrepancy.class)
			.list();
	}
}
