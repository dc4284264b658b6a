package org.zhucun.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation facts the attendance pages need, read-only in SQL: a cadre's name and unit, a village's name,
 * town and centre, a team's village, town and unit, and the cadres' days of a week's grid or a month's calendar. One
 * query each.
 */
@Repository
class AttendanceQueries {

	private final JdbcClient jdbc;

	AttendanceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A cadre as the attendance pages name them. */
	record CadreRef(Long id, String name, Long unitId) {
	}

	/** A village as the attendance pages need it: its name, its town, its centre (if known) and radius. */
	record VillageRef(Long id, String name, Long townId, BigDecimal latitude, BigDecimal longitude, int radiusM) {

		boolean hasCentre() {
			return this.latitude != null && this.longitude != null;
		}
	}

	/** A work team as the week pages need it: its village and that village's town, and its dispatching unit. */
	record TeamRef(Long id, Long villageId, String villageName, Long townId, Long unitId) {
	}

	/**
	 * A cadre's day as the week's grid, the month's calendar and the one-tap form show it: a day record without its
	 * location, note and history, with the version a form sends back.
	 */
	record GridDay(Long cadreId, LocalDate day, DayStatus status, boolean overnight, DaySource source,
			boolean needsReview, Integer distanceM, Instant modifiedAt, long version) {
	}

	/** @return the day records of the cadres from {@code from} to {@code to}, both included */
	List<GridDay> gridDays(Collection<Long> cadreIds, LocalDate from, LocalDate to) {
		if (cadreIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select cadre_id, day, status, overnight, source, needs_review, distance_m, modified_at,"
				+ " version from day_record where cadre_id in (:ids) and day between :from and :to")
			.param("ids", cadreIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new GridDay(rs.getLong("cadre_id"), rs.getObject("day", LocalDate.class),
					DayStatus.valueOf(rs.getString("status")), rs.getBoolean("overnight"),
					DaySource.valueOf(rs.getString("source")), rs.getBoolean("needs_review"),
					rs.getObject("distance_m", Integer.class), rs.getTimestamp("modified_at").toInstant(),
					rs.getLong("version")))
			.list();
	}

	Optional<TeamRef> team(Long teamId) {
		return this.jdbc.sql("select t.id, t.village_id, v.name as village_name, v.town_id, t.unit_id"
				+ " from work_team t join village v on v.id = t.village_id where t.id = ?")
			.param(teamId)
			.query(TeamRef.class)
			.optional();
	}

	Optional<CadreRef> cadre(Long cadreId) {
		return this.jdbc.sql("select id, name, unit_id from cadre where id = ?")
			.param(cadreId)
			.query(CadreRef.class)
			.optional();
	}

	Optional<VillageRef> village(Long villageId) {
		return this.jdbc.sql("select id, name, town_id, latitude, longitude, radius_m from village where id = ?")
			.param(villageId)
			.query(VillageRef.class)
			.optional();
	}
}
