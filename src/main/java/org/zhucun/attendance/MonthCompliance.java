package org.zhucun.attendance;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Judges the months of many cadres at once (DOMAIN §4): the week totals the database keeps per cadre, team and ISO
 * week (attendance_week_tally, V70), the weekly rule with the settings in force in each week, and the month flags
 * with the spot check discrepancies. Four queries at most whatever the number of cadres. A statutory holiday without
 * a record counts as a holiday, as on the week grid. No scope check here: the services that call it check the signed-in account's scope
 * first.
 */
@Component
class MonthCompliance {

	/**
	 * Whose months to judge: the SQL condition on a membership's team (t), village (v) and cadre (c), and the same
	 * condition on a row that names a cadre and a team, with {cadre} and {team} standing for its columns.
	 */
	private enum Scope {

		CADRE("tm.cadre_id = :scopeId", "{cadre} = :scopeId"),
		TEAM("t.id = :scopeId", "{team} = :scopeId"),
		UNIT("c.unit_id = :scopeId", "{cadre} in (select id from cadre where unit_id = :scopeId)"),
		TOWN("v.town_id = :scopeId",
				"{team} in (select wt.id from work_team wt join village wv on wv.id = wt.village_id where wv.town_id = :scopeId)"),
		CADRES("tm.cadre_id in (:scopeId)", "{cadre} in (:scopeId)"),
		DISTRICT("true", "true");

		private final String condition;

		private final String rowCondition;

		Scope(String condition, String rowCondition) {
			this.condition = condition;
			this.rowCondition = rowCondition;
		}

		String on(String cadre, String team) {
			return this.rowCondition.replace("{cadre}", cadre).replace("{team}", team);
		}
	}

	/**
	 * The memberships that overlap the period, as a common table expression named m, for the spot checks.
	 */
	private static final String MEMBERSHIPS = """
			m as (
			    select tm.id, tm.cadre_id, tm.team_id, tm.joined_on, tm.left_on
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
			order by tw.sort_order, tw.name, v.name, t.id, c.name, tm.joined_on
			""";

	/**
	 * The week totals (V70, kept by the database) of the period in the scope, by cadre and team: a record names the
	 * team the cadre served in that day, so a membership's totals are those of its cadre in its team. Matched to the
	 * memberships in Java, which spares the database a join whose size it cannot estimate.
	 */
	private static final String WEEK_TALLIES = """
			select w.cadre_id, w.team_key, w.monday, w.records, w.in_village, w.overnights, w.official_business,
			       w.excused_records, w.leave_days, w.holiday_records, w.absent, w.on_holidays, w.on_workday_holidays
			from attendance_week_tally w
			where w.monday between :from and :lastMonday and %s
			""";

	/** The records of the week under way before today, by cadre and team, for its gaps so far. */
	private static final String CURRENT_WEEK = """
			select d.cadre_id, d.team_id, count(*) as past_records, count(h.day) as on_past_holidays
			from day_record d
			left join holiday h on h.day = d.day and h.kind = 'HOLIDAY'
			where d.day between :monday and :yesterday and d.team_id is not null and %s
			group by d.cadre_id, d.team_id
			""";

	/**
	 * Per cadre and team: spot checks in the period, on a day of membership, that found the cadre absent on a day
	 * declared in the village (each counted once, whatever the number of memberships of the cadre in the team).
	 */
	private static final String DISCREPANCIES = """
			with %s
			select m.cadre_id, m.team_id, count(distinct s.id) as discrepancies
			from m
			join spot_check s on s.cadre_id = m.cadre_id and not s.found_present
			     and s.day between greatest(m.joined_on, :from) and least(coalesce(m.left_on, :to), :to)
			join day_record d on d.cadre_id = s.cadre_id and d.day = s.day and d.status = 'IN_VILLAGE'
			group by m.cadre_id, m.team_id
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

	/**
	 * The months of some cadres as of a given day (for the month roll-ups, MonthRollups).
	 * @param cadreIds the cadres, not empty
	 * @param today the day the months are judged as of
	 * @return their months, one per team served in the month
	 */
	List<CadreMonth> ofCadres(Collection<Long> cadreIds, YearMonth month, LocalDate today) {
		return judge(Scope.CADRES, List.copyOf(cadreIds), month, today);
	}

	/** @return the months of every stationed cadre of the district as of a given day (for the month roll-ups) */
	List<CadreMonth> ofDistrict(YearMonth month, LocalDate today) {
		return judge(Scope.DISTRICT, null, month, today);
	}

	private record Membership(Long id, Long cadreId, String cadreName, String role, Long teamId, LocalDate joinedOn,
			LocalDate leftOn, String villageName, Long townId, String townName, Long unitId, String unitName) {

		boolean leads() {
			return "FIRST_SECRETARY".equals(this.role) || "TEAM_LEADER".equals(this.role);
		}
	}

	/** The stored totals of one membership's week; all zero for a week without records. */
	private record Counts(int records, int inVillage, int overnights, int officialBusiness, int excusedRecords,
			int leaveDays, int holidayRecords, int absent, int onHolidays, int onWorkdayHolidays) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/** The records of the week under way before today, and how many of them fall on a holiday. */
	private record SoFar(int records, int onHolidays) {

		static final SoFar NONE = new SoFar(0, 0);
	}

	private record Key(Long cadreId, Long teamId, LocalDate monday) {
	}

	private record CadreTeam(Long cadreId, Long teamId) {
	}

	private List<CadreMonth> judge(Scope scope, Long scopeId, YearMonth month) {
		return judge(scope, scopeId, month, LocalDate.now(this.clock));
	}

	private List<CadreMonth> judge(Scope scope, Object scopeId, YearMonth month, LocalDate today) {
		MonthPeriod period = MonthPeriod.of(month);
		IsoWeek current = IsoWeek.of(today);
		Map<String, Object> params = new HashMap<>();
		params.put("from", Date.valueOf(period.from()));
		params.put("to", Date.valueOf(period.to()));
		params.put("lastMonday", Date.valueOf(period.weeks().get(period.weeks().size() - 1).monday()));
		params.put("monday", Date.valueOf(current.monday()));
		params.put("yesterday", Date.valueOf(today.minusDays(1)));
		if (scopeId != null) {
			params.put("scopeId", scopeId);
		}
		// A row mapper written out: the reflective one costs about 40 microseconds a row on a district.
		List<Membership> memberships = this.jdbc.sql(MEMBERSHIP_ROWS.formatted(scope.condition))
			.params(params)
			.query((rs, n) -> new Membership(rs.getLong("id"), rs.getLong("cadre_id"), rs.getString("cadre_name"),
					rs.getString("role"), rs.getLong("team_id"), rs.getObject("joined_on", LocalDate.class),
					rs.getObject("left_on", LocalDate.class), rs.getString("village_name"), rs.getLong("town_id"),
					rs.getString("town_name"), rs.getLong("unit_id"), rs.getString("unit_name")))
			.list();
		if (memberships.isEmpty()) {
			return List.of();
		}
		Map<Key, Counts> counts = new HashMap<>();
		this.jdbc.sql(WEEK_TALLIES.formatted(scope.on("w.cadre_id", "w.team_key"))).params(params).query(rs -> {
			counts.put(new Key(rs.getLong("cadre_id"), rs.getLong("team_key"), rs.getDate("monday").toLocalDate()),
					new Counts(rs.getInt("records"), rs.getInt("in_village"), rs.getInt("overnights"),
							rs.getInt("official_business"), rs.getInt("excused_records"), rs.getInt("leave_days"),
							rs.getInt("holiday_records"), rs.getInt("absent"), rs.getInt("on_holidays"),
							rs.getInt("on_workday_holidays")));
		});
		Map<CadreTeam, SoFar> soFar = new HashMap<>();
		if (period.weeks().contains(current) && today.isAfter(current.monday())) {
			this.jdbc.sql(CURRENT_WEEK.formatted(scope.on("d.cadre_id", "d.team_id")))
				.params(params)
				.query(rs -> {
					soFar.put(new CadreTeam(rs.getLong("cadre_id"), rs.getLong("team_id")),
							new SoFar(rs.getInt("past_records"), rs.getInt("on_past_holidays")));
				});
		}
		String withMemberships = MEMBERSHIPS.formatted(scope.condition);
		Map<CadreTeam, Integer> discrepancies = new HashMap<>();
		this.jdbc.sql(DISCREPANCIES.formatted(withMemberships))
			.params(params)
			.query(rs -> {
				discrepancies.put(new CadreTeam(rs.getLong("cadre_id"), rs.getLong("team_id")),
						rs.getInt("discrepancies"));
			});
		NavigableSet<LocalDate> holidayDates = new TreeSet<>(
				this.holidays.namesBetween(period.from(), period.to()).keySet());
		Map<IsoWeek, WeekRuleSettings> settings = new HashMap<>();
		for (IsoWeek week : period.weeks()) {
			settings.put(week, this.rules.of(week));
		}
		// A cadre who leaves a team and joins it again is judged once per week over the union of the memberships.
		Map<CadreTeam, List<Membership>> byCadreTeam = new LinkedHashMap<>();
		for (Membership membership : memberships) {
			byCadreTeam.computeIfAbsent(new CadreTeam(membership.cadreId(), membership.teamId()), k -> new ArrayList<>())
				.add(membership);
		}
		List<CadreMonth> months = new ArrayList<>(byCadreTeam.size());
		for (Map.Entry<CadreTeam, List<Membership>> entry : byCadreTeam.entrySet()) {
			CadreTeam key = entry.getKey();
			Judging judging = new Judging(entry.getValue(), today, holidayDates);
			for (IsoWeek week : period.weeks()) {
				judging.add(week, counts.getOrDefault(new Key(key.cadreId(), key.teamId(), week.monday()), Counts.NONE),
						soFar.getOrDefault(key, SoFar.NONE), settings.get(week));
			}
			months.add(judging.month(discrepancies.getOrDefault(key, 0)));
		}
		return months;
	}

	/**
	 * One cadre's month in one team being judged week by week, over the days of all the cadre's memberships of the
	 * team (usually one): the judged weeks and the running totals.
	 */
	private static final class Judging {

		private final List<Membership> memberships;

		private final LocalDate today;

		private final NavigableSet<LocalDate> holidayDates;

		private final List<WeekResult> judged = new ArrayList<>();

		private int inVillage;

		private int nights;

		private int officialBusiness;

		private int leave;

		private int holiday;

		private int absent;

		private int openWeekAbsent;

		private int gaps;

		Judging(List<Membership> memberships, LocalDate today, NavigableSet<LocalDate> holidayDates) {
			this.memberships = memberships;
			this.today = today;
			this.holidayDates = holidayDates;
		}

		/** @return the days from {@code from} to {@code to} on which the cadre was a member of the team */
		private List<LocalDate> memberDays(LocalDate from, LocalDate to) {
			List<LocalDate> days = new ArrayList<>(7);
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				LocalDate d = day;
				if (this.memberships.stream()
					.anyMatch(m -> !m.joinedOn().isAfter(d) && (m.leftOn() == null || !m.leftOn().isBefore(d)))) {
					days.add(day);
				}
			}
			return days;
		}

		/**
		 * Adds a week: its totals, and its gaps (member days without a record and without a holiday) for an ended
		 * week, or for the days before today of the week under way; the week is judged only once it has ended, but
		 * an absent day of the week under way counts at once.
		 */
		void add(IsoWeek week, Counts c, SoFar soFar, WeekRuleSettings settings) {
			List<LocalDate> member = memberDays(week.monday(), week.sunday());
			if (member.isEmpty()) {
				return;
			}
			int weekHolidays = (int) member.stream().filter(this.holidayDates::contains).count();
			int workdayHolidays = (int) member.stream()
				.filter(d -> this.holidayDates.contains(d) && isWorkday(d))
				.count();
			this.inVillage += c.inVillage();
			this.nights += c.overnights();
			this.officialBusiness += c.officialBusiness();
			this.leave += c.leaveDays();
			this.holiday += c.holidayRecords() + (weekHolidays - c.onHolidays());
			this.absent += c.absent();
			if (week.sunday().isBefore(this.today)) {
				this.gaps += member.size() - c.records() - (weekHolidays - c.onHolidays());
				int excused = c.excusedRecords() + (workdayHolidays - c.onWorkdayHolidays());
				WeekTally tally = new WeekTally(member.size(), c.inVillage(), c.overnights(), c.officialBusiness(),
						excused, c.absent());
				this.judged.add(WeeklyRule.judge(week, tally, settings));
			}
			else if (week.contains(this.today)) {
				this.openWeekAbsent += c.absent();
				List<LocalDate> past = member.stream().filter(d -> d.isBefore(this.today)).toList();
				if (!past.isEmpty()) {
					int pastHolidays = (int) past.stream().filter(this.holidayDates::contains).count();
					this.gaps += past.size() - soFar.records() - (pastHolidays - soFar.onHolidays());
				}
			}
		}

		CadreMonth month(int discrepancies) {
			// the latest membership names the role
			Membership m = this.memberships.get(this.memberships.size() - 1);
			return new CadreMonth(m.cadreId(), m.cadreName(), m.leads(), m.teamId(), m.villageName(), m.townId(),
					m.townName(), m.unitId(), m.unitName(), this.judged, this.inVillage, this.nights,
					this.officialBusiness, this.leave, this.holiday, this.absent, this.gaps,
					MonthFlags.of(this.judged, discrepancies, this.openWeekAbsent));
		}
	}

	private static boolean isWorkday(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}
}
