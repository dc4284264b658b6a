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
 * town and centre, a team's village, town and unit, the cadres' days of a week's grid and a cadre's days of a month.
 * One query each.
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

	/** A cadre's day as the week's grid shows it: a day record without its location, note and history. */
	record GridDay(Long cadreId, LocalDate day, DayStatus status, boolean overnight, DaySource source,
			boolean needsReview, Integer distanceM, Instant modifiedAt) {
	}

	/** @return the day records of the cadres from {@code from} to {@code to}, both included */
	List<GridDay> gridDays(Collection<Long> cadreIds, LocalDate from, LocalDate to) {
		if (cadreIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select cadre_id, day, status, overnight, source, needs_review, distance_m, modified_at"
				+ " from day_record where cadre_id in (:ids) and day between :from and :to")
			.param("ids", cadreIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new GridDay(rs.getLong("cadre_id"), rs.getObject("day", LocalDate.class),
					DayStatus.valueOf(rs.getString("status")), rs.getBoolean("overnight"),
					DaySource.valueOf(rs.getString("source")), rs.getBoolean("needs_review"),
					rs.getObject("distance_m", Integer.class), rs.getTimestamp("modified_at").toInstant()))
			.list();
	}

	/** A cadre's day as their month calendar and the one-tap form show it, with the version the form sends back. */
	record CalendarDay(LocalDate day, DayStatus status, boolean overnight, boolean needsReview, long version) {
	}

	/** @return the cadre's day records from {@code from} to {@code to}, both included */
	List<CalendarDay> calendarDays(Long cadreId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("select day, status, overnight, needs_review, version from day_record"
				+ " where cadre_id = ? and day between ? and ?")
			.params(cadreId, from, to)
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
					DayStatus.valueOf(rs.getString("status")), rs.getBoolean("overnight"),
					rs.getBoolean("needs_review"), rs.getLong("version")))
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
