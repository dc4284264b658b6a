package org.zhucun.attendance;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.domain.rule.MonthFlag;

/**
 * The month roll-ups (V73): each cadre's month in each team as {@link MonthCompliance} judges it, kept in
 * attendance_month_rollup so that the month overview adds up a few thousand rows instead of judging every week.
 * There is no second implementation of the rule here: a roll-up row is a {@link CadreMonth} of the month computation,
 * stored.
 * <p>
 * Database triggers append a line to attendance_rollup_stale for every write that can change a judged month (day
 * records, hence leave; spot checks; memberships; holidays; settings from a date). {@link #refresh} takes those lines
 * away and judges again the months they name, in the caller's transaction, before the roll-ups are read. A month not
 * yet over is judged as of a day (its week under way, its gaps so far): when the day changes, the month is judged
 * again as a whole when it is next read. Refreshes run one at a time (a transaction-level advisory lock); writers
 * never wait for them, and a line appended by a transaction still under way is not seen, so it stays for the next
 * refresh.
 */
@Component
class MonthRollups {

	/** More changed cadres than this in a month, and the month is judged again as a whole (one pass, 4 queries). */
	static final int WHOLE_MONTH_ABOVE = 1_000;

	/**
	 * The overview's figures of a month per scope, from its rows: cadres once each per town, per team and in the
	 * district, judged weeks, gaps and discrepancies summed (as OverviewService.Tally counts them).
	 */
	private static final String SUM_UP = """
			insert into attendance_month_figures (month, scope, scope_id, cadres_judged, cadres_not_met, nominal,
			    commuting, absent, discrepancies, gap_days, weeks_judged, weeks_met)
			with r as (
			    select r.*, v.town_id
			    from attendance_month_rollup r
			    join work_team t on t.id = r.team_id
			    join village v on v.id = t.village_id
			    where r.month = :month
			), c as (
			    select case when grouping(r.town_id) = 0 then 'TOWN' when grouping(r.team_id) = 0 then 'TEAM'
			                else 'DISTRICT' end as scope,
			           coalesce(r.town_id, r.team_id, 0) as scope_id,
			           bool_or(r.judged) as judged, bool_or(r.judged and not r.complies) as not_met,
			           bool_or(r.judged and r.nominal) as nominal, bool_or(r.judged and r.commuting) as commuting,
			           bool_or(r.judged and r.absent) as absent, sum(r.discrepancies) as discrepancies,
			           sum(r.gap_days) as gap_days, coalesce(sum(r.weeks_judged) filter (where r.judged), 0) as weeks_judged,
			           coalesce(sum(r.weeks_met) filter (where r.judged), 0) as weeks_met
			    from r group by grouping sets ((r.town_id, r.cadre_id), (r.team_id, r.cadre_id), (r.cadre_id))
			)
			select :month, c.scope, c.scope_id, count(*) filter (where c.judged), count(*) filter (where c.not_met),
			       count(*) filter (where c.nominal), count(*) filter (where c.commuting), count(*) filter (where c.absent),
			       sum(c.discrepancies), sum(c.gap_days), sum(c.weeks_judged), sum(c.weeks_met)
			from c group by c.scope, c.scope_id
			""";

	/** The advisory lock that makes refreshes run one at a time (any number, the same for every instance). */
	private static final long LOCK = 0x7A68_7563_6E52_4C55L;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final MonthCompliance compliance;

	private final Clock clock;

	MonthRollups(JdbcClient jdbc, JdbcTemplate template, MonthCompliance compliance, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.compliance = compliance;
		this.clock = clock;
	}

	/** A line of attendance_rollup_stale: a cadre's months (every cadre's when null), lastMonth null for no end. */
	private record Stale(Long cadreId, LocalDate firstMonth, LocalDate lastMonth) {

		boolean covers(LocalDate month) {
			return !this.firstMonth.isAfter(month) && (this.lastMonth == null || !this.lastMonth.isBefore(month));
		}
	}

	/**
	 * The day a month is judged as of: today while the month's weeks are not all over, else the day after its last
	 * Sunday (from then on its figures no longer depend on the day).
	 */
	static LocalDate asOf(YearMonth month, LocalDate today) {
		LocalDate over = MonthPeriod.of(month).to().plusDays(1);
		return today.isBefore(over) ? today : over;
	}

	/**
	 * Makes the roll-ups of the given months true as of today, and judges again whatever was written since the last
	 * refresh in the other months rolled up. Runs in the caller's transaction, which must not be read-only.
	 * @param months the months about to be read
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(Collection<YearMonth> months) {
		if (!upToDate(months, LocalDate.now(this.clock))) {
			judgeAgain(months, false);
		}
	}

	/**
	 * Judges the months as a whole and stores them, after a bulk load for instance, and whatever else was written
	 * since the last refresh. Runs in the caller's transaction.
	 * @param months the months
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void rollUp(Collection<YearMonth> months) {
		judgeAgain(months, true);
	}

	/**
	 * Takes the stale lines away and judges again what they name in the months rolled up; the given months are
	 * judged as a whole when asked to, or when they were judged as of another day (or never).
	 */
	private void judgeAgain(Collection<YearMonth> months, boolean whole) {
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
		List<Stale> lines = this.jdbc.sql("delete from attendance_rollup_stale returning cadre_id, first_month, last_month")
			.query((rs, n) -> new Stale((Long) rs.getObject("cadre_id"), rs.getObject("first_month", LocalDate.class),
					rs.getObject("last_month", LocalDate.class)))
			.list();
		Map<LocalDate, LocalDate> rolledUp = rolledUp();
		Set<YearMonth> all = new TreeSet<>(months);
		rolledUp.keySet().forEach(m -> all.add(YearMonth.from(m)));
		for (YearMonth month : all) {
			LocalDate first = month.atDay(1);
			if (whole && months.contains(month)) {
				judgeWhole(month, today);
				continue;
			}
			if (!asOf(month, today).equals(rolledUp.get(first))) {
				// judged as of another day (or never): judged as a whole now if asked for, else when next read
				if (months.contains(month)) {
					judgeWhole(month, today);
				}
				continue;
			}
			Set<Long> cadres = new HashSet<>();
			boolean everyone = false;
			for (Stale line : lines) {
				if (line.covers(first)) {
					if (line.cadreId() == null) {
						everyone = true;
						break;
					}
					cadres.add(line.cadreId());
				}
			}
			if (everyone || cadres.size() > WHOLE_MONTH_ABOVE) {
				judgeWhole(month, today);
			}
			else if (!cadres.isEmpty()) {
				judgeCadres(month, cadres, today);
			}
		}
	}

	/** Whether nothing was written since the last refresh and each month was judged as of its day. */
	private boolean upToDate(Collection<YearMonth> months, LocalDate today) {
		if (this.jdbc.sql("select exists (select 1 from attendance_rollup_stale)").query(Boolean.class).single()) {
			return false;
		}
		Map<LocalDate, LocalDate> rolledUp = rolledUp();
		return months.stream().allMatch(m -> asOf(m, today).equals(rolledUp.get(m.atDay(1))));
	}

	private Map<LocalDate, LocalDate> rolledUp() {
		Map<LocalDate, LocalDate> asOf = new HashMap<>();
		this.jdbc.sql("select month, as_of from attendance_rollup_month")
			.query(rs -> {
				asOf.put(rs.getObject("month", LocalDate.class), rs.getObject("as_of", LocalDate.class));
			});
		return asOf;
	}

	private void judgeWhole(YearMonth month, LocalDate today) {
		List<CadreMonth> judged = this.compliance.ofDistrict(month, today);
		this.jdbc.sql("delete from attendance_month_rollup where month = ?").param(month.atDay(1)).update();
		insert(month, judged);
		sumUp(month);
		this.jdbc
			.sql("insert into attendance_rollup_month (month, as_of, computed_at) values (:month, :asOf, now())"
					+ " on conflict (month) do update set as_of = excluded.as_of, computed_at = excluded.computed_at")
			.param("month", month.atDay(1))
			.param("asOf", asOf(month, today))
			.update();
	}

	private void judgeCadres(YearMonth month, Set<Long> cadres, LocalDate today) {
		List<CadreMonth> judged = this.compliance.ofCadres(cadres, month, today);
		this.jdbc.sql("delete from attendance_month_rollup where month = :month and cadre_id in (:cadres)")
			.param("month", month.atDay(1))
			.param("cadres", new ArrayList<>(new LinkedHashSet<>(cadres)))
			.update();
		insert(month, judged);
		sumUp(month);
	}

	/** Adds up the month's figures per scope again from its rows. */
	private void sumUp(YearMonth month) {
		this.jdbc.sql("delete from attendance_month_figures where month = ?").param(month.atDay(1)).update();
		this.jdbc.sql(SUM_UP).param("month", month.atDay(1)).update();
	}

	/** Stores the judged months in one statement, column by column as arrays. */
	private void insert(YearMonth month, List<CadreMonth> months) {
		if (months.isEmpty()) {
			return;
		}
		this.template.execute((Connection con) -> {
			PreparedStatement ps = con.prepareStatement("""
					insert into attendance_month_rollup (month, team_id, cadre_id, judged, complies, nominal, commuting,
					    absent, discrepancies, gap_days, weeks_judged, weeks_met, in_village_days, nights,
					    official_business, leave_days, holiday_days, absent_days)
					select ?, * from unnest(?::bigint[], ?::bigint[], ?::boolean[], ?::boolean[], ?::boolean[],
					    ?::boolean[], ?::boolean[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[],
					    ?::int[], ?::int[], ?::int[])
					""");
			ps.setDate(1, Date.valueOf(month.atDay(1)));
			int i = 2;
			ps.setArray(i++, longs(con, months, CadreMonth::teamId));
			ps.setArray(i++, longs(con, months, CadreMonth::cadreId));
			ps.setArray(i++, booleans(con, months, MonthRollups::judged));
			ps.setArray(i++, booleans(con, months, CadreMonth::complies));
			ps.setArray(i++, booleans(con, months, m -> m.has(MonthFlag.NOMINAL)));
			ps.setArray(i++, booleans(con, months, m -> m.has(MonthFlag.COMMUTING)));
			ps.setArray(i++, booleans(con, months, m -> m.has(MonthFlag.ABSENT)));
			ps.setArray(i++, ints(con, months, CadreMonth::discrepancies));
			ps.setArray(i++, ints(con, months, CadreMonth::gapDays));
			ps.setArray(i++, ints(con, months, CadreMonth::weeksJudged));
			ps.setArray(i++, ints(con, months, CadreMonth::weeksMet));
			ps.setArray(i++, ints(con, months, CadreMonth::inVillageDays));
			ps.setArray(i++, ints(con, months, CadreMonth::nights));
			ps.setArray(i++, ints(con, months, CadreMonth::officialBusinessDays));
			ps.setArray(i++, ints(con, months, CadreMonth::leaveDays));
			ps.setArray(i++, ints(con, months, CadreMonth::holidayDays));
			ps.setArray(i, ints(con, months, CadreMonth::absentDays));
			try (ps) {
				return ps.executeUpdate();
			}
		});
	}

	/** Whether the month says anything about the cadre yet (as the overview counts it): a judged week or a flag. */
	static boolean judged(CadreMonth month) {
		return OverviewService.judged(month);
	}

	private static Array longs(Connection con, List<CadreMonth> months, Function<CadreMonth, Long> value)
			throws SQLException {
		return con.createArrayOf("bigint", months.stream().map(value).toArray());
	}

	private static Array ints(Connection con, List<CadreMonth> months, Function<CadreMonth, Integer> value)
			throws SQLException {
		return con.createArrayOf("int4", months.stream().map(value).toArray());
	}

	private static Array booleans(Connection con, List<CadreMonth> months, Function<CadreMonth, Boolean> value)
			throws SQLException {
		return con.createArrayOf("bool", months.stream().map(value).toArray());
	}
}
