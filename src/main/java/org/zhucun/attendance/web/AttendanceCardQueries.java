package org.zhucun.attendance.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.DayStatus;

/**
 * The counts of attendance's home cards, one statement each. They read the memberships of workteams and the holiday
 * calendar of organization in SQL (see the module's package-info); the caller passes the signed-in account's scope.
 * A gap is a day already over on which a member of the team has no record and which is no statutory holiday, as on
 * the leader's week page (a make-up working day is no holiday); today is not a gap yet.
 */
@Component
@Transactional(readOnly = true)
class AttendanceCardQueries {

	/** How many ended weeks back the leader's card looks for weeks not confirmed. */
	static final int CONFIRMATION_WEEKS = 8;

	/** The member's today and the days of the window before today that they can still fill in. */
	record OwnDays(boolean serving, DayStatus today, boolean holiday, long openDays, LocalDate firstOpenDay) {
	}

	/** The gaps before today in the leader's team this week, and its ended weeks not confirmed. */
	record TeamWeek(Long teamId, long gaps, LocalDate firstGap, long unconfirmedWeeks) {
	}

	private static final String MEMBER_ON = """
			exists (select 1 from team_membership m where m.cadre_id = :cadre and m.joined_on <= %1$s
			        and (m.left_on is null or m.left_on >= %1$s))""";

	private final JdbcClient jdbc;

	AttendanceCardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the member's day of today and the gaps from {@code from} to yesterday */
	OwnDays ownDays(Long cadreId, LocalDate from, LocalDate today) {
		return this.jdbc.sql("""
				with open_days as (
				  select g.day from (select cast(d as date) as day
				                     from generate_series(cast(:from as date), cast(:today as date) - 1, interval '1 day') d) g
				  where %s
				    and not exists (select 1 from holiday h where h.day = g.day and h.kind = 'HOLIDAY')
				    and not exists (select 1 from day_record r where r.cadre_id = :cadre and r.day = g.day))
				select %s as serving,
				       (select r.status from day_record r where r.cadre_id = :cadre and r.day = :today) as today_status,
				       exists (select 1 from holiday h where h.day = :today and h.kind = 'HOLIDAY') as holiday,
				       (select count(*) from open_days) as open_days,
				       (select min(day) from open_days) as first_open
				""".formatted(MEMBER_ON.formatted("g.day"), MEMBER_ON.formatted("cast(:today as date)")))
			.param("cadre", cadreId)
			.param("from", from)
			.param("today", today)
			.query((rs, n) -> new OwnDays(rs.getBoolean("serving"),
					rs.getString("today_status") == null ? null : DayStatus.valueOf(rs.getString("today_status")),
					rs.getBoolean("holiday"), rs.getLong("open_days"), rs.getObject("first_open", LocalDate.class)))
			.single();
	}

	/** @return the week of the team the cadre leads today, or empty when they lead none */
	Optional<TeamWeek> ledTeamWeek(Long cadreId, LocalDate today) {
		LocalDate monday = today.with(DayOfWeek.MONDAY);
		return this.jdbc.sql("""
				with team as (
				  select l.team_id, t.term_start from team_membership l join work_team t on t.id = l.team_id
				  where l.cadre_id = :cadre and l.left_on is null and l.joined_on <= :today
				    and l.role in ('FIRST_SECRETARY', 'TEAM_LEADER') and t.status = 'ACTIVE'),
				gaps as (
				  select distinct m.cadre_id, g.day
				  from team
				  join team_membership m on m.team_id = team.team_id
				  join (select cast(d as date) as day
				        from generate_series(cast(:monday as date), cast(:today as date) - 1, interval '1 day') d) g
				    on m.joined_on <= g.day and (m.left_on is null or m.left_on >= g.day)
				  where not exists (select 1 from holiday h where h.day = g.day and h.kind = 'HOLIDAY')
				    and not exists (select 1 from day_record r where r.cadre_id = m.cadre_id and r.day = g.day)),
				weeks as (
				  select cast(d as date) as monday
				  from generate_series(cast(:monday as date) - 7 * :weeks, cast(:monday as date) - 7, interval '7 days') d)
				select team.team_id,
				       (select count(*) from gaps) as gaps,
				       (select min(day) from gaps) as first_gap,
				       (select count(*) from weeks w
				        where w.monday + 6 >= team.term_start
				          and not exists (select 1 from week_confirmation c where c.team_id = team.team_id
				                          and c.iso_year = cast(extract(isoyear from w.monday) as int)
				                          and c.iso_week = cast(extract(week from w.monday) as int))) as unconfirmed
				from team
				""")
			.param("cadre", cadreId)
			.param("today", today)
			.param("monday", monday)
			.param("weeks", CONFIRMATION_WEEKS)
			.query((rs, n) -> new TeamWeek(rs.getLong("team_id"), rs.getLong("gaps"),
					rs.getObject("first_gap", LocalDate.class), rs.getLong("unconfirmed")))
			.optional();
	}

	/**
	 * @return the spot checks of the month in the town (all towns when null) that found a cadre absent on a day they
	 * declared in the village
	 */
	long discrepancies(YearMonth month, Long townId) {
		return this.jdbc.sql("""
				select count(*) from spot_check s
				join day_record d on d.cadre_id = s.cadre_id and d.day = s.day
				where not s.found_present and d.status = 'IN_VILLAGE' and s.day between :first and :last
				  and (cast(:town as bigint) is null or s.town_id = :town)
				""")
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.param("town", townId)
			.query(Long.class)
			.single();
	}

	/** @return the day records of the month marked for review (position outside the village's radius) in the town */
	long recordsForReview(YearMonth month, Long townId) {
		return this.jdbc.sql("""
				select count(*) from day_record r
				where r.needs_review and r.day between :first and :last
				  and (cast(:town as bigint) is null or exists (select 1 from work_team t join village v on v.id = t.village_id
				                                                where t.id = r.team_id and v.town_id = :town))
				""")
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.param("town", townId)
			.query(Long.class)
			.single();
	}
}
