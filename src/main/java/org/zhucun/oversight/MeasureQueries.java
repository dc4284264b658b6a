package org.zhucun.oversight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Interviews and recalls read in SQL with the names of cadres, leaders, units, villages and towns, and a recall's
 * replacement (the first member to join the team from the recalled cadre's last day on) from work teams' table, one
 * query per page. No scope check: the service passes the unit or town to filter by.
 */
@Repository
class MeasureQueries {

	private static final String INTERVIEW = """
			select i.id, i.held_on, i.unit_id, u.name as unit_name, i.cadre_id,
			       coalesce(c.name, l.name || '（' || l.position || '）') as person, i.interviewer, i.reason,
			       i.finding_id, i.agreed, i.follow_up_on
			from oversight_interview i
			join aid_unit u on u.id = i.unit_id
			left join cadre c on c.id = i.cadre_id
			left join unit_leader l on l.id = i.leader_id
			""";

	private static final String RECALL = """
			select r.id, r.cadre_id, c.name as cadre_name, r.team_id, v.name as village_name, tw.name as town_name,
			       r.unit_id, u.name as unit_name, r.town_id, r.last_day, r.replacement_due, r.reason, r.finding_id,
			       rep.cadre_name as replacement_name, rep.joined_on as replaced_on
			from oversight_recall r
			join cadre c on c.id = r.cadre_id
			join aid_unit u on u.id = r.unit_id
			join work_team t on t.id = r.team_id
			join village v on v.id = t.village_id
			join town tw on tw.id = v.town_id
			left join lateral (
			    select rc.name as cadre_name, m.joined_on from team_membership m join cadre rc on rc.id = m.cadre_id
			    where m.team_id = r.team_id and m.joined_on >= r.last_day and m.cadre_id <> r.cadre_id
			    order by m.joined_on, m.id limit 1) rep on true
			""";

	private final JdbcClient jdbc;

	MeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the interviews, of the unit when given, latest first */
	Page<InterviewRow> interviews(Long unitId, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = unitId == null ? "" : " where i.unit_id = :unit";
		if (unitId != null) {
			params.put("unit", unitId);
		}
		long total = this.jdbc.sql("select count(*) from oversight_interview i" + where).params(params)
			.query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<InterviewRow> rows = total == 0 ? List.of()
				: this.jdbc.sql(INTERVIEW + where + " order by i.held_on desc, i.id desc limit :limit offset :offset")
					.params(params)
					.query((rs, n) -> new InterviewRow(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
							rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("person"),
							rs.getString("interviewer"), rs.getString("reason"), (Long) rs.getObject("finding_id"),
							rs.getString("agreed"), rs.getObject("follow_up_on", LocalDate.class)))
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return the recalls, of the unit or the town when given, latest first, each with its replacement if any */
	Page<RecallRow> recalls(Long unitId, Long townId, LocalDate today, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		if (unitId != null) {
			where.append(" and r.unit_id = :unit");
			params.put("unit", unitId);
		}
		if (townId != null) {
			where.append(" and r.town_id = :town");
			params.put("town", townId);
		}
		long total = this.jdbc.sql("select count(*) from oversight_recall r" + where).params(params)
			.query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<RecallRow> rows = total == 0 ? List.of()
				: this.jdbc.sql(RECALL + where + " order by r.last_day desc, r.id desc limit :limit offset :offset")
					.params(params)
					.query((rs, n) -> recall(rs, today))
					.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return one recall with its replacement */
	Optional<RecallRow> recall(Long id, LocalDate today) {
		return this.jdbc.sql(RECALL + " where r.id = :id").param("id", id).query((rs, n) -> recall(rs, today)).optional();
	}

	/** @return the active teams, by town and village, named with their town, village and unit */
	List<org.zhucun.organization.Choice> activeTeams() {
		return this.jdbc.sql("""
				select t.id, tw.name || ' ' || v.name || '（' || u.name || '）' as name
				from work_team t
				join village v on v.id = t.village_id
				join town tw on tw.id = v.town_id
				join aid_unit u on u.id = t.unit_id
				where t.status = 'ACTIVE'
				order by tw.sort_order, tw.name, v.name, t.id""")
			.query((rs, n) -> new org.zhucun.organization.Choice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** @return the active members of the team by name: membership id and the cadre's name */
	List<org.zhucun.organization.Choice> activeMembers(Long teamId) {
		return this.jdbc.sql("""
				select m.id, c.name from team_membership m join cadre c on c.id = m.cadre_id
				where m.team_id = :team and m.left_on is null order by c.name, m.id""")
			.param("team", teamId)
			.query((rs, n) -> new org.zhucun.organization.Choice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	private static RecallRow recall(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
		LocalDate due = rs.getObject("replacement_due", LocalDate.class);
		LocalDate replacedOn = rs.getObject("replaced_on", LocalDate.class);
		return new RecallRow(rs.getLong("id"), rs.getLong("cadre_id"), rs.getString("cadre_name"), rs.getLong("team_id"),
				rs.getString("village_name"), rs.getString("town_name"), rs.getLong("unit_id"),
				rs.getString("unit_name"), (Long) rs.getObject("town_id"), rs.getObject("last_day", LocalDate.class), due, rs.getString("reason"),
				(Long) rs.getObject("finding_id"), rs.getString("replacement_name"), replacedOn,
				replacedOn == null && today.isAfter(due));
	}

	static Date date(LocalDate day) {
		return Date.valueOf(day);
	}
}
