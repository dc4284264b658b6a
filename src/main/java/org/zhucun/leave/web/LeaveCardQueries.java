package org.zhucun.leave.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of leave's home cards for members and aid units, one statement each; the caller passes the signed-in
 * account's cadre or unit. Decisions are dated in the district's time zone.
 */
@Component
@Transactional(readOnly = true)
class LeaveCardQueries {

	/** A member's leave now: requests pending, the approved leave under way or the next one. */
	record OwnLeave(long pending, LocalDate onLeaveUntil, LocalDate nextFrom, LocalDate nextTo) {
	}

	/** The decisions of a month on an aid unit's cadres' requests, and their requests still pending. */
	record UnitDecisions(long approved, long rejected, long pending) {
	}

	private final JdbcClient jdbc;

	LeaveCardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OwnLeave own(Long cadreId, LocalDate today) {
		return this.jdbc.sql("""
				with mine as (select * from leave_request where cadre_id = :cadre and state in ('PENDING', 'APPROVED')),
				     next as (select first_day, last_day from mine where state = 'APPROVED' and first_day > :today
				              order by first_day limit 1)
				select (select count(*) from mine where state = 'PENDING') as pending,
				       (select max(last_day) from mine
				        where state = 'APPROVED' and first_day <= :today and last_day >= :today) as on_leave_until,
				       (select first_day from next) as next_from, (select last_day from next) as next_to
				""")
			.param("cadre", cadreId)
			.param("today", today)
			.query((rs, n) -> new OwnLeave(rs.getLong("pending"), rs.getObject("on_leave_until", LocalDate.class),
					rs.getObject("next_from", LocalDate.class), rs.getObject("next_to", LocalDate.class)))
			.single();
	}

	UnitDecisions unit(Long unitId, YearMonth month) {
		return this.jdbc.sql("""
				select count(*) filter (where d.approved) as approved, count(*) filter (where not d.approved) as rejected,
				       (select count(*) from leave_request p join cadre pc on pc.id = p.cadre_id
				        where p.state = 'PENDING' and pc.unit_id = :unit) as pending
				from leave_decision d
				join leave_request r on r.id = d.request_id
				join cadre c on c.id = r.cadre_id
				where c.unit_id = :unit
				  and cast(d.decided_at at time zone 'Asia/Shanghai' as date) between :first and :last
				""")
			.param("unit", unitId)
			.param("first", month.atDay(1))
			.param("last", month.atEndOfMonth())
			.query((rs, n) -> new UnitDecisions(rs.getLong("approved"), rs.getLong("rejected"), rs.getLong("pending")))
			.single();
	}
}
