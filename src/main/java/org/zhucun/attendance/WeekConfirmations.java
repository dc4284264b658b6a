package org.zhucun.attendance;

import org.zhucun.attendance.domain.rule.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhucun.attendance.AttendanceQueries.TeamRef;

/**
 * The confirmations of teams' weeks, one row per team and ISO week; confirming again records the latest confirmation
 * in the same row, so a repeated or concurrent confirmation is harmless.
 */
@Repository
class WeekConfirmations {

	private final JdbcClient jdbc;

	WeekConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who confirmed the week and when: the account's display name (or its user name as it was then). */
	record Confirmation(String confirmedBy, Instant confirmedAt) {
	}

	void confirm(Long teamId, IsoWeek week, Long accountId, String username, Instant at) {
		this.jdbc.sql("insert into week_confirmation (team_id, iso_year, iso_week, confirmed_by, confirmed_by_username,"
				+ " confirmed_at) values (?, ?, ?, ?, ?, ?) on conflict (team_id, iso_year, iso_week) do update set"
				+ " confirmed_by = excluded.confirmed_by, confirmed_by_username = excluded.confirmed_by_username,"
				+ " confirmed_at = excluded.confirmed_at")
			.params(teamId, week.weekBasedYear(), week.weekNumber(), accountId, username, Timestamp.from(at))
			.update();
	}

	/** A team with its village, and the confirmation of one of its weeks if there is one. */
	record TeamWeek(TeamRef team, Optional<Confirmation> confirmation) {
	}

	/**
	 * @return the team and the confirmation of its week in one statement (the week's page asks for both on every
	 * request); empty when there is no such team
	 */
	Optional<TeamWeek> teamWeek(Long teamId, IsoWeek week) {
		return this.jdbc.sql("select t.id, t.village_id, v.name as village_name, v.town_id, t.unit_id,"
				+ " coalesce(a.display_name, w.confirmed_by_username) as confirmed_by, w.confirmed_at"
				+ " from work_team t join village v on v.id = t.village_id"
				+ " left join week_confirmation w on w.team_id = t.id and w.iso_year = ? and w.iso_week = ?"
				+ " left join account a on a.id = w.confirmed_by where t.id = ?")
			.params(week.weekBasedYear(), week.weekNumber(), teamId)
			.query((rs, n) -> {
				TeamRef team = new TeamRef(rs.getLong("id"), rs.getLong("village_id"), rs.getString("village_name"),
						rs.getLong("town_id"), rs.getLong("unit_id"));
				Timestamp at = rs.getTimestamp("confirmed_at");
				return new TeamWeek(team, at == null ? Optional.empty()
						: Optional.of(new Confirmation(rs.getString("confirmed_by"), at.toInstant())));
			})
			.optional();
	}
}
