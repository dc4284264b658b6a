package org.zhucun.leave;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A town with a village, a unit and a work team of a leader and a member, made with unique names for one test.
 * @param townId the team's town
 * @param unitId the dispatching unit
 * @param teamId the work team
 * @param leaderId the cadre leading the team
 * @param memberId a member of the team
 */
public record LeaveFixture(long townId, long villageId, long unitId, long teamId, long leaderId, long memberId) {

	public static LeaveFixture create(JdbcTemplate jdbc, LocalDate today) {
		String suffix = "L" + System.nanoTime();
		long town = jdbc.queryForObject(
				"insert into town (name, created_at, modified_at) values (?, now(), now()) returning id", Long.class,
				"镇" + suffix);
		long village = jdbc.queryForObject("""
				insert into village (town_id, name, category, created_at, modified_at)
				values (?, ?, 'OTHER', now(), now()) returning id""", Long.class, town, "村" + suffix);
		long unit = jdbc.queryForObject("""
				insert into aid_unit (name, kind, created_at, modified_at) values (?, 'GOVERNMENT', now(), now())
				returning id""", Long.class, "单位" + suffix);
		long leader = cadre(jdbc, unit, "队长" + suffix);
		long member = cadre(jdbc, unit, "队员" + suffix);
		long team = jdbc.queryForObject("""
				insert into work_team (village_id, unit_id, term_start, term_end, one_per_village, created_at, modified_at)
				values (?, ?, ?, ?, false, now(), now()) returning id""", Long.class, village, unit,
				today.minusYears(1), today.plusYears(2));
		membership(jdbc, team, leader, "TEAM_LEADER", today.minusYears(1));
		membership(jdbc, team, member, "MEMBER", today.minusYears(1));
		return new LeaveFixture(town, village, unit, team, leader, member);
	}

	/** @return a new cadre of the unit */
	static long cadre(JdbcTemplate jdbc, long unit, String name) {
		return jdbc.queryForObject("""
				insert into cadre (unit_id, name, gender, created_at, modified_at) values (?, ?, 'MALE', now(), now())
				returning id""", Long.class, unit, name);
	}

	static void membership(JdbcTemplate jdbc, long team, long cadre, String role, LocalDate joined) {
		jdbc.update("""
				insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)
				values (?, ?, ?, ?, now(), now())""", team, cadre, role, joined);
	}
}
