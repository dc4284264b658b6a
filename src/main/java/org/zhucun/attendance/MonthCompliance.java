package org.zhucun.attendance;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlags;
import org.zhucun.attendance.domain.rule.WeekResult;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.attendance.domain.rule.WeekTally;
import org.zhucun.attendance.domain.rule.WeeklyRule;
import org.zhucun.organization.HolidayCalendar;

/**
 * Judges the months of many cadres at once (DOMAIN §4): one SQL aggregate of the day records per membership and ISO
 * week, the weekly rule with the settings in force in each week, and the month flags with the spot check
 * discrepancies. Three queries whatever the number of cadres. A statutory holiday without a record counts as a
 * holiday, as on the week grid. No scope check here: the services that call it check the signed-in account's scope
 * first.
 */
@Component
class MonthCompliance {

	/** Whose months to judge: the SQL condition on a membership's team, village and cadre. */
	private enum Scope {

		CADRE("tm.cadre_id = :scopeId"), TEAM("t.id = :scopeId"), UNIT("c.unit_id = :scopeId"), TOWN("v.town_id = :scopeId"), DISTRICT("true");

		private final String condition;

		Scope(String condition) {
			this.condition = condition;
		}
	}

	/** The memberships that overlap the period, as a common table expression named m. */
	private static final String MEMBERSHIPS = """
			m as (
			    select tm.id, tm.cadre_id, tm.joined_on, tm.left_on
			    from team_membership tm
			    join work_team t on t.id = tm.team_id
			    join village v on v.id = t.village_id
			    join cadre c on c.id = tm.cadre_id
			    where tm.joined_on <= :to and (tm.left_on is null or tm.left_on >= :from) and %s
			)
			""";

	private static final String MEMBERSHIP_ROWS = """
			select tm.id, tm.cadre_id, c.name as cadre_name, tm.role, tm.team_id, tm.joined_on, tm.left_on,
			       v.name as village_name, v.town_id, tw.name as town_name, c.unit_id, u.name as unit_name
			from team_membership tm
			join work_team t on t.id = tm.team_id
			join village v on v.id = t.village_id
			join town tw on tw.id = v.town_id
			join cadre c on c.id = tm.cadre_id
			join aid_unit u on u.id = c.unit_id
			where tm.joined_on <= :to and (tm.left_on is null or tm.left_on >= :from) and %s
			order by tw.name, v.name, t.id, c.name, tm.joined_on
			""";

	/**
	 * Per membership and week with at least one record: the counts the rule needs, and the records that fall on a
	 * statutory holiday (so that the holidays without a record can be worked out from the calendar).
	 */
	private static final String WEEK_TALLIES = """
			with %s,
			w as (select cast(gs as date) as monday from generate_series(cast(:from as date), cast(:lastMonday as date), interval '7 day') gs),
			mw as (
			    select m.id, m.cadre_id, w.monday,
			           greatest(w.monday, m.joined_on) as f,
			           least(w.monday + 6, coalesce(m.left_on, w.monday + 6)) as t
			    from m join w on m.joined_on <= w.monday + 6 and (m.left_on is null or m.left_on >= w.monday)
			)
			select mw.id, mw.monday,
			       count(*) filter (where d.status = 'IN_VILLAGE') as in_village,
			       count(*) filter (where d.status = 'IN_VILLAGE' and d.overnight) as overnights,
			       count(*) filter (where d.status = 'OFFICIAL_BUSINESS') as official_business,
			       count(*) filter (where d.status in ('LEAVE', 'HOLIDAY') and extract(isodow from d.day) < 6) as excused_records,
			       count(*) filter (where d.status = 'LEAVE') as leave_days,
			       count(*) filter (where d.status = 'HOLIDAY') as holiday_records,
			       count(*) filter (where d.status = 'ABSENT') as absent,
			       count(*) filter (where d.day < :today) as past_records,
			       count(h.day) as on_holidays,
			       count(h.day) filter (where extract(isodow from d.day) < 6) as on_workday_holidays,
			       count(h.day) filter (where d.day < :today) as on_past_holidays
			from mw
			join day_record d on d.cadre_id = mw.cadre_id and d.day between mw.f and mw.t
			left join holiday h on h.day = d.day
			group by mw.id, mw.monday
			""";

	/** Per membership: spot checks in the period that found the cadre absent on a day declared in the village. */
	private static final String DISCREPANCIES = """
			with %s
			select m.id, count(*) as discrepancies
			from m
			join spot_check s on s.cadre_id = m.cadre_id and not s.found_present
			     and s.day between greatest(m.joined_on, :from) and least(coalesce(m.left_on, :to), :to)
			join day_record d on d.cadre_id = s.cadre_id and d.day = s.day and d.status = 'IN_VILLAGE'
			group by m.id
			""";

	private final JdbcClient jdbc;

	private final WeekRules rules;

	private final HolidayCalendar holidays;

	private final Clock clock;

	MonthCompliance(JdbcClient jdbc, WeekRules rules, HolidayCalendar holidays, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.holidays = holidays;
		this.clock = clock;
	}

	/** @return the first and last day of the month's ISO weeks, and the weeks */
	MonthPeriod period(YearMonth month) {
		return MonthPeriod.of(month);
	}

	/** @return the months of one cadre, one per team served in the month (usually one) */
	List<CadreMonth> ofCadre(Long cadreId, YearMonth month) {
		return judge(Scope.CADRE, cadreId, month);
	}

	/** @return the months of the members of one team, ordered by name */
	List<CadreMonth> ofTeam(Long teamId, YearMonth month) {
		return judge(Scope.TEAM, teamId, month);
	}

	/** @return the months of an aid unit's cadres in whatever team they served, ordered by town, village, name */
	List<CadreMonth> ofUnit(Long unitId, YearMonth month) {
		return judge(Scope.UNIT, unitId, month);
	}

	/** @return the months of the cadres in the teams of one town's villages, ordered by village, name */
	List<CadreMonth> ofTown(Long townId, YearMonth month) {
		return judge(Scope.TOWN, townId, month);
	}

	/** @return the months of every stationed cadre of the district, ordered by town, village, name */
	List<CadreMonth> ofDistrict(YearMonth month) {
		return judge(Scope.DISTRICT, null, month);
	}

	private record Membership(Long id, Long cadreId, String cadreName, String role, Long teamId, LocalDate joinedOn,
			LocalDate leftOn, String villageName, Long townId, String townName, Long unitId, String unitName) {

		boolean leads() {
			return "FIRST_SECRETARY".equals(this.role) || "TEAM_LEADER".equals(this.role);
		}
	}

	/** The SQL totals of one membership's week; all zero for a week without records. */
	private record Counts(int inVillage, int overnights, int officialBusiness, int excusedRecords, int leaveDays,
			int holidayRecords, int absent, int pastRecords, int onHolidays, int onWorkdayHolidays,
			int onPastHolidays) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	private record Key(Long membershipId, LocalDate monday) {
	}

	private List<CadreMonth> judge(Scope scope, Long scopeId, YearMonth month) {
		MonthPeriod period = MonthPeriod.of(month);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Object> params = new HashMap<>();
		params.put("from", Date.valueOf(period.from()));
		params.put("to", Date.valueOf(period.to()));
		params.put("lastMonday", Date.valueOf(period.weeks().get(period.weeks().size() - 1).monday()));
		params.put("today", Date.valueOf(today));
		if (scopeId != null) {
			params.put("scopeId", scopeId);
		}
		List<Membership> memberships = this.jdbc.sql(MEMBERSHIP_ROWS.formatted(scope.condition))
			.params(params)
			.query(Membership.class)
			.list();
		if (memberships.isEmpty()) {
			return List.of();
		}
		String withMemberships = MEMBERSHIPS.formatted(scope.condition);
		Map<Key, Counts> counts = new HashMap<>();
		this.jdbc.sql(WEEK_TALLIES.formatted(withMemberships)).params(params).query(rs -> {
			counts.put(new Key(rs.getLong("id"), rs.getDate("monday").toLocalDate()),
					new Counts(rs.getInt("in_village"), rs.getInt("overnights"), rs.getInt("official_business"),
							rs.getInt("excused_records"), rs.getInt("leave_days"), rs.getInt("holiday_records"),
							rs.getInt("absent"), rs.getInt("past_records"), rs.getInt("on_holidays"),
							rs.getInt("on_workday_holidays"), rs.getInt("on_past_holidays")));
		});
		Map<Long, Integer> discrepancies = new HashMap<>();
		this.jdbc.sql(DISCREPANCIES.formatted(withMemberships))
			.params(params)
			.query(rs -> {
				discrepancies.put(rs.getLong("id"), rs.getInt("discrepancies"));
			});
		NavigableSet<LocalDate> holidayDates = new TreeSet<>(
				this.holidays.namesBetween(period.from(), period.to()).keySet());
		Map<IsoWeek, WeekRuleSettings> settings = new HashMap<>();
		for (IsoWeek week : period.weeks()) {
			settings.put(week, this.rules.of(week));
		}
		List<CadreMonth> months = new ArrayList<>(memberships.size());
		for (Membership membership : memberships) {
			months.add(month(membership, period, today, counts, holidayDates, settings,
					discrepancies.getOrDefault(membership.id(), 0)));
		}
		return months;
	}

	private static CadreMonth month(Membership m, MonthPeriod period, LocalDate today, Map<Key, Counts> counts,
			NavigableSet<LocalDate> holidayDates, Map<IsoWeek, WeekRuleSettings> settings, int discrepancies) {
		List<WeekResult> judged = new ArrayList<>();
		int inVillage = 0;
		int nights = 0;
		int officialBusiness = 0;
		int leave = 0;
		int holiday = 0;
		int absent = 0;
		int gaps = 0;
		for (IsoWeek week : period.weeks()) {
			LocalDate from = max(week.monday(), m.joinedOn());
			LocalDate to = m.leftOn() == null ? week.sunday() : min(week.sunday(), m.leftOn());
			if (to.isBefore(from)) {
				continue;
			}
			Counts c = counts.getOrDefault(new Key(m.id(), week.monday()), Counts.NONE);
			int memberDays = days(from, to);
			int weekHolidays = holidayDates.subSet(from, true, to, true).size();
			int workdayHolidays = (int) holidayDates.subSet(from, true, to, true)
				.stream()
				.filter(MonthCompliance::isWorkday)
				.count();
			LocalDate lastPast = min(to, today.minusDays(1));
			int pastHolidays = lastPast.isBefore(from) ? 0 : holidayDates.subSet(from, true, lastPast, true).size();
			int pastMemberDays = lastPast.isBefore(from) ? 0 : days(from, lastPast);
			int excused = c.excusedRecords() + (workdayHolidays - c.onWorkdayHolidays());
			inVillage += c.inVillage();
			nights += c.overnights();
			officialBusiness += c.officialBusiness();
			leave += c.leaveDays();
			holiday += c.holidayRecords() + (weekHolidays - c.onHolidays());
			absent += c.absent();
			gaps += pastMemberDays - c.pastRecords() - (pastHolidays - c.onPastHolidays());
			if (week.sunday().isBefore(today)) {
				WeekTally tally = new WeekTally(memberDays, c.inVillage(), c.overnights(), c.officialBusiness(),
						excused, c.absent());
				judged.add(WeeklyRule.judge(week, tally, settings.get(week)));
			}
		}
		return new CadreMonth(m.cadreId(), m.cadreName(), m.leads(), m.teamId(), m.villageName(), m.townId(),
				m.townName(), m.unitId(), m.unitName(), judged, inVillage, nights, officialBusiness, leave, holiday,
				absent, gaps, MonthFlags.of(judged, discrepancies));
	}

	private static boolean isWorkday(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static int days(LocalDate from, LocalDate to) {
		return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
