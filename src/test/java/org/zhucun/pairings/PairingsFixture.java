package org.zhucun.pairings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A town with a village, an aid unit linked to it with six cadres (the first two a team's leader and member), and
 * households of the village, made with unique names for one test.
 */
public record PairingsFixture(long townId, long villageId, long unitId, List<Long> cadres, List<Long> households,
		String suffix) {

	public static PairingsFixture create(JdbcTemplate jdbc, LocalDate today, int households) {
		String suffix = "P" + System.nanoTime();
		long town = jdbc.queryForObject(
				"insert into town (name, created_at, modified_at) values (?, now(), now()) returning id", Long.class,
				"镇" + suffix);
		long village = jdbc.queryForObject("""
				insert into village (town_id, name, category, created_at, modified_at)
				values (?, ?, 'REGISTERED_POOR', now(), now()) returning id""", Long.class, town, "村" + suffix);
		long unit = jdbc.queryForObject("""
				insert into aid_unit (name, kind, created_at, modified_at) values (?, 'GOVERNMENT', now(), now())
				returning id""", Long.class, "单位" + suffix);
		jdbc.update("insert into aid_unit_village (unit_id, village_id) values (?, ?)", unit, village);
		List<Long> cadres = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			cadres.add(jdbc.queryForObject("""
					insert into cadre (unit_id, name, gender, created_at, modified_at) values (?, ?, 'FEMALE', now(), now())
					returning id""", Long.class, unit, "干部" + i + suffix));
		}
		long team = jdbc.queryForObject("""
				insert into work_team (village_id, unit_id, term_start, term_end, one_per_village, created_at, modified_at)
				values (?, ?, ?, ?, false, now(), now()) returning id""", Long.class, village, unit,
				today.minusYears(1), today.plusYears(2));
		jdbc.update("""
				insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)
				values (?, ?, 'TEAM_LEADER', ?, now(), now()), (?, ?, 'MEMBER', ?, now(), now())""", team, cadres.get(0),
				today.minusYears(1), team, cadres.get(1), today.minusYears(1));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < households; i++) {
			long id = jdbc.queryForObject("""
					insert into household (code, village_id, head_name, category, member_count, created_at, modified_at)
					values (?, ?, ?, 'LIFTED', 1, now(), now()) returning id""", Long.class, suffix + "-" + i, village,
					"户主" + i + suffix);
			jdbc.update("""
					insert into household_category_change (household_id, position, category, from_date)
					values (?, 0, 'POOR', date '2015-10-01'), (?, 1, 'LIFTED', date '2019-12-01')""", id, id);
			ids.add(id);
		}
		return new PairingsFixture(town, village, unit, cadres, ids, suffix);
	}

	/** Pairs the cadre with the household from the day, as the application would. */
	public void pair(JdbcTemplate jdbc, long cadre, long household, LocalDate from) {
		jdbc.update("""
				insert into pairing (household_id, cadre_id, from_date, created_at, modified_at)
				values (?, ?, ?, now(), now())""", household, cadre, from);
		jdbc.update("update household set cadre_id = ?, paired_since = coalesce(paired_since, ?) where id = ?", cadre,
				from, household);
	}
}
