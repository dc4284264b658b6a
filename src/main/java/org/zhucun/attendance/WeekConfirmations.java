package org.zhucun.attendance;

import org.zhucun.attendance.domain.rule.IsoWeek;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	Optional<Confirmation> of(Long teamId, IsoWeek week) {
		return this.jdbc.sql("select coalesce(a.display_name, w.confirmed_by_username) as confirmed_by, w.confirmed_at"
				+ " from week_confirmation w left join account a on a.id = w.confirmed_by"
				+ " where w.team_id = ? and w.iso_year = ? and w.iso_week = ?")
			.params(teamId, week.weekBasedYear(), week.weekNumber())
			.query((rs, n) -> new Confirmation(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}
}
