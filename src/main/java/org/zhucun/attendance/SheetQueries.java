package org.zhucun.attendance;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names a monthly sheet is titled with: a team's village, town and dispatching unit, or an aid unit. */
@Repository
class SheetQueries {

	private final JdbcClient jdbc;

	SheetQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A work team as its sheet is titled: its village, the village's town and the team's dispatching unit. */
	record TeamTitle(Long id, String villageName, Long townId, String townName, Long unitId, String unitName) {
	}

	Optional<TeamTitle> team(Long teamId) {
		return this.jdbc.sql("select t.id, v.name as village_name, v.town_id, w.name as town_name, t.unit_id,"
				+ " u.name as unit_name from work_team t join village v on v.id = t.village_id"
				+ " join town w on w.id = v.town_id join aid_unit u on u.id = t.unit_id where t.id = ?")
			.param(teamId)
			.query(TeamTitle.class)
			.optional();
	}

	Optional<String> unitName(Long unitId) {
		return this.jdbc.sql("select name from aid_unit where id = ?").param(unitId).query(String.class).optional();
	}
}
