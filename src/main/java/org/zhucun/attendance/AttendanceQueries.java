package org.zhucun.attendance;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation facts the attendance pages need, read-only in SQL: a cadre's name and unit, and a village's name,
 * town and centre. One query each.
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
