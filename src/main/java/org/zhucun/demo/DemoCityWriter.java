package org.zhucun.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a city-sized or province-sized demo district set-based, for measuring the pages on a realistic volume
 * ({@link Size}): towns, registered poor villages with one active team each, an aid unit with its principals for every
 * five villages, {@value #CADRES_PER_TEAM} cadres per team (one leading it), and a year of day records up to the day
 * before the load (about 2.65 million rows for the city's 8,000 cadres, 27 million for the province's 80,000,
 * holidays having none), with leave, week confirmations and spot checks.
 * Every row comes from {@code insert ... select} over {@code generate_series}, with pseudo-random numbers from hashes
 * of the row numbers, so the district is the same on every load on the same day. Generated rows have no Envers
 * history, like the small demo's.
 * <p>
 * Patterns per cadre as in the small demo: most comply, a few are nominal, commuting, have gaps in the last two weeks
 * or days away without leave. The demo accounts' team is the first team of the demo town; its leader and first member
 * comply.
 */
final class DemoCityWriter {

	private static final Logger log = LoggerFactory.getLogger(DemoCityWriter.class);

	static final int CADRES_PER_TEAM = 4;

	/**
	 * The size of a district: its towns and its registered poor villages (one team each, a unit for every five).
	 * Fifteen towns make a city; a province has ten cities' worth, named after the city they lie in.
	 */
	record Size(String name, int towns, int villages) {

		/** The city: 15 towns, 2,000 villages and teams, 400 units, 8,000 cadres. */
		static final Size CITY = new Size("city", 15, 2000);

		/** The province: 150 towns, 20,000 villages and teams, 4,000 units, 80,000 cadres. */
		static final Size PROVINCE = new Size("province", 150, 20_000);

		Size {
			if (towns < 1 || towns > TOWNS_PER_CITY * CITIES.size()) {
				throw new IllegalArgumentException("towns: 1 to " + TOWNS_PER_CITY * CITIES.size() + ": " + towns);
			}
			if (villages < 5 || villages % 5 != 0 || villages > 20_000 || villages / towns >= 200) {
				throw new IllegalArgumentException("villages: a multiple of 5 up to 20,000, fewer than 200 a town: "
						+ villages);
			}
		}

		/** @return a district of this one's kind with fewer villages (and teams), as the tests write */
		Size withVillages(int villages) {
			return new Size(this.name, this.towns, villages);
		}

		int units() {
			return this.villages / 5;
		}

		int cadres() {
			return this.villages * CADRES_PER_TEAM;
		}
	}

	/** The towns of a city: the small demo's and the subdistricts. */
	private static final int TOWNS_PER_CITY = 15;

	/** The units of a city, one of every sector and body. */
	private static final int UNITS_PER_CITY = 400;

	/** The cities of the province; the first is the city's (the small demo's) own. */
	private static final List<String> CITIES = List.of("济源市", "焦作市", "新乡市", "洛阳市", "郑州市", "开封市", "安阳市", "鹤壁市",
			"许昌市", "南阳市");


	/** The subdistricts added to the small demo's towns to make fifteen. */
	private static final List<String> SUBDISTRICTS = List.of("天坛街道", "沁园街道", "济水街道", "北海街道");

	private static final List<String> SECTORS = List.of("农业农村", "水利", "交通运输", "教育", "卫生健康", "财政", "商务", "文化旅游",
			"林业", "住房城乡建设", "民政", "人力资源社会保障", "自然资源", "生态环境", "市场监管", "统计", "审计", "应急管理", "科技", "工业信息化");

	private static final List<String> BODIES = List.of("局", "服务中心", "发展中心", "研究所", "监测站", "执法支队", "事务中心", "管理处",
			"信息中心", "培训中心", "技术推广站", "规划院", "设计院", "检验所", "档案馆", "保障中心", "促进会", "职业学校", "医院", "集团有限公司");

	private static final List<String> VILLAGE_FIRST = List.of("东", "西", "南", "北", "上", "下", "前", "后", "大", "小");

	private static final List<String> VILLAGE_MIDDLE = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "郭", "何",
			"高", "林", "马", "罗", "梁", "宋", "郑", "谢");

	private static final List<String> VILLAGE_LAST = List.of("庄村", "村", "沟村", "岭村", "河村", "寨村", "洼村", "坡村", "岗村",
			"营村");

	private static final String AUDIT = "0, now(), 'demo', now(), 'demo'";

	/** Keeps a hash positive (62 bits), so that its digits can serve as random numbers. */
	private static final String MASK = "4611686018427387903";

	/**
	 * day_record's insert triggers set aside while the year is written (see {@link #bulkDayRecords}): the week tally's
	 * and the month roll-ups' stale marking.
	 */
	private static final List<String> BULK_TRIGGERS = List.of("day_record_rollup_insert", "day_record_tally_insert");

	/** The ids of the rows the demo accounts are bound to. */
	record Anchors(long town, long unit, long leaderCadre, long memberCadre, String leaderName, String memberName,
			String unitName) {
	}

	private final JdbcTemplate jdbc;

	private final Size size;

	/** The day of the load, which the year of day records leads up to. */
	private final DemoDays days;

	/** The first day of the year of day records, a year before the load. */
	private final LocalDate from;

	/** The statutory holidays written, of the years the district's dates touch. */
	private final List<DemoDistrict.Holiday> holidays;

	/**
	 * Whether day_record's foreign keys stay while the year is written (the households being written beside it, see
	 * {@link DemoSetAside}), the rows written without their triggers and checked afterwards.
	 */
	private boolean keepForeignKeys;

	/** A writer of a city-sized district loaded on the given day. */
	DemoCityWriter(JdbcTemplate jdbc, LocalDate today) {
		this(jdbc, Size.CITY, today);
	}

	/**
	 * A writer of a district of the given size loaded on the given day; the tests write a small one
	 * ({@link Size#withVillages}).
	 */
	DemoCityWriter(JdbcTemplate jdbc, Size size, LocalDate today) {
		this.jdbc = jdbc;
		this.size = size;
		this.days = new DemoDays(today);
		this.from = today.minusYears(1);
		this.holidays = DemoHolidays.days(this.days.firstHolidayYear(), this.days.lastHolidayYear());
	}

	/**
	 * Writes the organisation: towns, villages, units with leaders and links, cadres, holidays, teams and memberships.
	 * @return the rows the demo accounts are bound to
	 */
	private Anchors writeOrganisation() {
		bulkSettings();
		functions(this.jdbc);
		// The city's fifteen towns; the province repeats them in each of its cities, named after the city and moved
		// half a degree per city.
		List<String> towns = new ArrayList<>();
		for (int idx = 0; idx < this.size.towns(); idx++) {
			int t = idx % TOWNS_PER_CITY;
			int city = idx / TOWNS_PER_CITY;
			boolean subdistrict = t >= DemoNames.TOWNS.size();
			String name = subdistrict ? SUBDISTRICTS.get(t - DemoNames.TOWNS.size()) : DemoNames.TOWNS.get(t).name();
			double lat = subdistrict ? 35.07 + 0.02 * (t - DemoNames.TOWNS.size()) : DemoNames.TOWNS.get(t).latitude();
			double lon = subdistrict ? 112.58 + 0.02 * (t - DemoNames.TOWNS.size()) : DemoNames.TOWNS.get(t).longitude();
			towns.add("(" + idx + ", '" + (city == 0 ? "" : CITIES.get(city)) + name + "', " + (lat - 0.5 * (city % 5))
					+ ", " + (lon + 0.6 * (city / 5)) + ")");
		}
		step("towns", "create temp table city_town on commit drop as select idx, name, lat, lon,"
				+ " nextval(pg_get_serial_sequence('town', 'id')) as id from (values " + String.join(", ", towns)
				+ ") v (idx, name, lat, lon) order by idx");
		step("towns", "insert into town (id, name, sort_order, version, created_at, created_by, modified_at, modified_by)"
				+ " select id, name, idx + 1, " + AUDIT + " from city_town order by idx");
		// Village j of a town (j = g / towns, fewer than 200) is named by j's digits, so the names differ in a town.
		int perTown = this.size.towns();
		step("villages", "create temp table city_village on commit drop as select g, g % " + perTown + " as town_idx, "
				+ array(VILLAGE_FIRST) + "[(g / " + perTown + " / 20 + g % " + perTown + ") % 10 + 1] || "
				+ array(VILLAGE_MIDDLE) + "[g / " + perTown + " % 20 + 1] || " + array(VILLAGE_LAST) + "[(g / " + perTown
				+ " + g % " + perTown + ") % 10 + 1] as name, nextval(pg_get_serial_sequence('village', 'id')) as id,"
				+ " 1000 + 100 * pg_temp.rnd(g, 2, 21) as radius_m from generate_series(0, " + (this.size.villages() - 1)
				+ ") g order by g");
		step("villages", "insert into village (id, town_id, name, category, latitude, longitude, radius_m, population,"
				+ " households, version, created_at, created_by, modified_at, modified_by)"
				+ " select v.id, t.id, v.name, 'REGISTERED_POOR',"
				+ " round((t.lat + (pg_temp.rnd(v.g, 3, 20001) - 10000) / 10000.0 * 0.05)::numeric, 6),"
				+ " round((t.lon + (pg_temp.rnd(v.g, 4, 20001) - 10000) / 10000.0 * 0.06)::numeric, 6), v.radius_m,"
				+ " 600 + pg_temp.rnd(v.g, 5, 2901), round((600 + pg_temp.rnd(v.g, 5, 2901)) / 3.2), " + AUDIT
				+ " from city_village v join city_town t on t.idx = v.town_idx order by v.g");
		// A city's 400 units: one body of every sector, named after their city.
		step("units", "create temp table city_unit on commit drop as select u, " + array(CITIES) + "[u / "
				+ UNITS_PER_CITY + " + 1] as city, " + array(CITIES) + "[u / " + UNITS_PER_CITY + " + 1] || "
				+ array(SECTORS) + "[u % " + UNITS_PER_CITY + " / 20 + 1] || " + array(BODIES) + "[u % 20 + 1] as name,"
				+ " nextval(pg_get_serial_sequence('aid_unit', 'id')) as id from generate_series(0, "
				+ (this.size.units() - 1) + ") u order by u");
		step("units", "insert into aid_unit (id, name, kind, phone, address, version, created_at, created_by, modified_at,"
				+ " modified_by) select id, name, (array['GOVERNMENT', 'INSTITUTION', 'STATE_FIRM', 'OTHER'])[case"
				+ " when u % 20 = 0 then 1 when u % 20 = 19 then 3 when u % 20 = 16 then 4 else 2 end],"
				+ " '0391-6' || lpad(u::text, 6, '0'), city || " + array(DemoNames.STREETS) + "[u % "
				+ DemoNames.STREETS.size() + " + 1] || (1 + u % 298) || '号', " + AUDIT + " from city_unit order by u");
		step("unit leaders", "insert into unit_leader (unit_id, name, gender, position, phone, principal, sort_order,"
				+ " version, created_at, created_by, modified_at, modified_by) select u.id, " + person("u.u * 3 + n", 6)
				+ ", case when pg_temp.rnd(u.u * 3 + n, 7, 100) < 80 then 'MALE' else 'FEMALE' end,"
				+ " case when n = 0 then '主任' else '副主任' end, '138' || lpad((u.u * 3 + n)::text, 8, '0'), n = 0, n, "
				+ AUDIT + " from city_unit u cross join generate_series(0, 2) n order by u.u, n");
		step("unit links", "insert into aid_unit_village (unit_id, village_id) select u.id, v.id from city_village v"
				+ " join city_unit u on u.u = v.g % " + this.size.units() + " order by v.g");
		step("teams", "create temp table city_team on commit drop as select v.g, v.id as village_id, v.town_idx,"
				+ " u.id as unit_id, " + date(this.days.today().minusYears(2).plusDays(35))
				+ " + pg_temp.rnd(v.g, 8, 150) as term_start,"
				+ " nextval(pg_get_serial_sequence('work_team', 'id')) as id from city_village v"
				+ " join city_unit u on u.u = v.g % " + this.size.units() + " order by v.g");
		step("teams", "insert into work_team (id, village_id, unit_id, term_start, term_end, status, ended_on,"
				+ " one_per_village, note, version, created_at, created_by, modified_at, modified_by)"
				+ " select id, village_id, unit_id, term_start, (term_start + interval '2 years')::date, 'ACTIVE', null,"
				+ " true, null, " + AUDIT + " from city_team order by g");
		// Patterns: P compliant, N nominal, C commuting, G gaps, A absent days; the demo team's cadres comply.
		step("cadres", "create temp table city_cadre on commit drop as select k, t.g, t.id as team_id, t.unit_id,"
				+ " t.town_idx, t.term_start, k % " + CADRES_PER_TEAM + " as slot,"
				+ " case when t.g = 0 then 'P' else (array['N', 'C', 'G', 'A', 'P'])[case"
				+ " when pg_temp.rnd(k, 9, 100) < 4 then 1 when pg_temp.rnd(k, 9, 100) < 9 then 2"
				+ " when pg_temp.rnd(k, 9, 100) < 14 then 3 when pg_temp.rnd(k, 9, 100) < 18 then 4 else 5 end] end"
				+ " as pattern, " + person("k", 10) + " as name,"
				+ " nextval(pg_get_serial_sequence('cadre', 'id')) as id from generate_series(0, "
				+ (this.size.cadres() - 1) + ") k join city_team t on t.g = k / " + CADRES_PER_TEAM
				+ " order by k");
		step("cadres", "alter table city_cadre add primary key (k)");
		step("cadres", "insert into cadre (id, unit_id, name, gender, phone, position, version, created_at, created_by,"
				+ " modified_at, modified_by) select id, unit_id, name, case when pg_temp.rnd(k, 11, 100) < 62 then 'MALE'"
				+ " else 'FEMALE' end, '139' || lpad(k::text, 8, '0'), " + array(DemoNames.GOVERNMENT_POSITIONS) + "[k % "
				+ DemoNames.GOVERNMENT_POSITIONS.size() + " + 1], " + AUDIT + " from city_cadre order by k");
		step("memberships", "insert into team_membership (team_id, cadre_id, role, joined_on, left_on, leave_reason,"
				+ " note, version, created_at, created_by, modified_at, modified_by) select team_id, id,"
				+ " case when slot = 0 then 'FIRST_SECRETARY' else 'MEMBER' end,"
				+ " case when slot = 0 then term_start else term_start + pg_temp.rnd(k, 12, 7) end, null, null, null, "
				+ AUDIT + " from city_cadre order by k");
		List<Object[]> holidays = this.holidays.stream().map(h -> new Object[] { h.day(), h.name() }).toList();
		this.jdbc.batchUpdate("insert into holiday (day, name, version, created_at, created_by, modified_at,"
				+ " modified_by) values (?, ?, " + AUDIT + ")", holidays);
		List<Object[]> workdays = DemoHolidays.workdays().stream().map(h -> new Object[] { h.day(), h.name() }).toList();
		this.jdbc.batchUpdate("insert into holiday (day, name, kind, version, created_at, created_by, modified_at,"
				+ " modified_by) values (?, ?, 'WORKDAY', " + AUDIT + ")", workdays);
		Anchors anchors = this.jdbc.queryForObject("select t.id, u.id, l.id, m.id, l.name, m.name, u.name from city_town t,"
				+ " city_unit u, city_cadre l, city_cadre m where t.idx = 0 and u.u = 0 and l.k = 0 and m.k = 1",
				(rs, n) -> new Anchors(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
						rs.getString(6), rs.getString(7)));
		return anchors;
	}

	/** The demo accounts created for the organisation: their ids, and those of {@code leader} and {@code member}. */
	record Accounts(DemoDistrictWriter.Accounts ids, long leader, long member) {
	}

	/**
	 * Writes the whole district in the caller's transaction: the organisation, the demo accounts, the households
	 * ({@link DemoCityHouseholds}) and the attendance. The households are written beside the rest, at the same time in
	 * a transaction of their own on another connection, when one is given and the database lets the loading
	 * transactions write rows without their key-checking triggers ({@link DemoHouseholdsBeside}); they are then
	 * committed once both are written, and their keys checked in the caller's transaction, which goes on (the other
	 * modules' records) and commits after them. Else they are written in the caller's transaction, before the
	 * accounts.
	 * @param beside a transaction for the households on another connection, or null to write them in this one
	 * @param accounts creates the demo accounts for the organisation's anchors, in the caller's transaction
	 * @return the organisation's anchors
	 */
	Anchors write(TransactionTemplate beside, Function<Anchors, Accounts> accounts) {
		Anchors anchors = writeOrganisation();
		DemoHouseholdsBeside households = DemoHouseholdsBeside.start(this.jdbc, beside, this.days.today(),
				anchors.memberCadre());
		try {
			Accounts created = accounts.apply(anchors);
			this.keepForeignKeys = households.beside();
			writeAttendance(created.ids(), created.leader(), created.member());
			households.finish();
		}
		catch (RuntimeException | Error e) {
			households.abandon();
			throw e;
		}
		return anchors;
	}

	/**
	 * Writes the year's leave, day records, week confirmations and spot checks, after the demo accounts exist.
	 * @param accounts the demo accounts' ids
	 * @param leaderAccount the id of {@code leader}, who confirms the demo team's weeks
	 * @param memberAccount the id of {@code member}, who requested the member's leave
	 */
	private void writeAttendance(DemoDistrictWriter.Accounts accounts, long leaderAccount, long memberAccount) {
		bulkSettings();
		long admin = accounts.admin();
		LocalDate leaveFrom = this.from.plusMonths(1).withDayOfMonth(1);
		// Leave: a quarter of the cadres take two short approved leaves, six months apart (never overlapping), in the
		// eleven months from the first whole month of the year.
		step("leave", "create temp table city_leave on commit drop as select c.k, c.id as cadre_id, c.team_id, c.slot,"
				+ " c.town_idx, q, (" + date(leaveFrom) + " + make_interval(months => pg_temp.rnd(c.k, 13, 5) + 6 * q))::date"
				+ " + pg_temp.rnd(c.k * 2 + q, 14, 20) as first_day, 1 + pg_temp.rnd(c.k * 2 + q, 15, 3) as days,"
				+ " nextval(pg_get_serial_sequence('leave_request', 'id')) as id from city_cadre c"
				+ " cross join generate_series(0, 1) q where pg_temp.rnd(c.k, 16, 4) = 0 order by c.k, q");
		step("leave", "insert into leave_request (id, cadre_id, team_id, type, first_day, last_day, reason, chain,"
				+ " step_index, state, requested_by, version, created_at, created_by, modified_at, modified_by)"
				+ " select l.id, l.cadre_id, l.team_id, (array['PERSONAL', 'SICK', 'ANNUAL', 'MARRIAGE_FUNERAL',"
				+ " 'FAMILY_VISIT', 'OTHER'])[pg_temp.rnd(l.k * 2 + l.q, 17, 6) + 1], l.first_day,"
				+ " l.first_day + l.days - 1, (array['家中有事需本人处理', '感冒发烧，需就医治疗', '休年休假', '探望父母',"
				+ " '参加职称考试'])[pg_temp.rnd(l.k * 2 + l.q, 18, 5) + 1], case when l.slot = 0 then 'TOWN' when l.days = 1"
				+ " then 'TEAM_LEADER' else 'TEAM_LEADER,TOWN' end, case when l.slot = 0 or l.days = 1 then 1 else 2 end,"
				+ " 'APPROVED', case when l.k = 0 then " + leaderAccount + " when l.k = 1 then " + memberAccount
				+ " else " + admin + " end, 0, (l.first_day - 5 + time '09:00') at time zone 'Asia/Shanghai', 'demo',"
				+ " (l.first_day - 5 + time '15:00') at time zone 'Asia/Shanghai', 'demo' from city_leave l order by l.id");
		step("leave", "insert into leave_decision (request_id, step, decided_by, decided_by_name, approved, comment,"
				+ " decided_at) select l.id, 'TEAM_LEADER', case when lead.k = 0 then " + leaderAccount + " else "
				+ admin + " end, lead.name, true, null, (l.first_day - 5 + time '11:00') at time zone 'Asia/Shanghai'"
				+ " from city_leave l join city_cadre lead on lead.k = l.k - l.slot where l.slot <> 0"
				+ " union all select l.id, 'TOWN', case when l.town_idx = 0 then " + accounts.town() + " else " + admin
				+ " end, case when l.town_idx = 0 then '" + DemoAccounts.TOWN_NAME + "' else t.name || ' 党政办' end, true,"
				+ " null, (l.first_day - 5 + time '15:00') at time zone 'Asia/Shanghai' from city_leave l"
				+ " join city_town t on t.idx = l.town_idx where l.slot = 0 or l.days > 1");
		step("leave days", "insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id,"
				+ " version, created_at, created_by, modified_at, modified_by) select l.cadre_id, l.team_id,"
				+ " l.first_day + n, 'LEAVE', false, 'LEAVE', l.id, 0, (l.first_day - 5 + time '15:00') at time zone"
				+ " 'Asia/Shanghai', 'demo', (l.first_day - 5 + time '15:00') at time zone 'Asia/Shanghai', 'demo'"
				+ " from city_leave l cross join generate_series(0, 2) n where n < l.days order by l.cadre_id, n");
		bulkDayRecords();
		// Weeks from the first whole one of the year to the last one confirmed by now, on the Monday after; not the
		// weeks with gaps of cadres with the pattern G, nor the demo member's gap week.
		String firstMonday = date(this.from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
		String weekNo = "(w::date - " + firstMonday + ") / 7";
		step("week confirmations", "insert into week_confirmation (team_id, iso_year, iso_week, confirmed_by,"
				+ " confirmed_by_username, confirmed_at) select t.id, extract(isoyear from w::date)::int,"
				+ " extract(week from w::date)::int,"
				+ " case when t.g = 0 then " + leaderAccount + " else 0 end, case when t.g = 0 then '"
				+ DemoAccounts.LEADER + "' else lead.name end, (w::date + 7 + make_interval(hours => 9,"
				+ " mins => pg_temp.rnd(t.g * 100 + " + weekNo + ", 19, 180))) at time zone"
				+ " 'Asia/Shanghai' from city_team t join city_cadre lead on lead.g = t.g and lead.slot = 0"
				+ " cross join generate_series(" + firstMonday + ", " + date(this.days.lastConfirmedMonday())
				+ ", interval '7 days') w where pg_temp.rnd(t.g * 100 + " + weekNo + ", 20, 100) >= 8"
				+ " and not (w::date + 6 >= " + date(this.days.gapsFrom()) + " and exists (select 1 from city_cadre c"
				+ " where c.g = t.g and c.pattern = 'G'))"
				+ " and not (t.g = 0 and w::date = " + date(demoGap().with(DayOfWeek.MONDAY)) + ") order by t.g, w");
		step("spot checks", "insert into spot_check (cadre_id, team_id, town_id, checked_at, day, method, found_present,"
				+ " note, checked_by, checked_by_username, version, created_at, created_by, modified_at, modified_by)"
				+ " select s.cadre_id, s.team_id, s.town_id, s.stamp, s.day, s.method, s.present, case when s.present then"
				+ " '到村查看，本人在村' else '到村查看未见本人，电话联系称不在村' end, s.by_id, s.by_name, 0, s.stamp, s.by_name,"
				+ " s.stamp, s.by_name from (select r.cadre_id, r.team_id, t.id as town_id, r.day,"
				+ " (r.day + make_interval(hours => 9 + pg_temp.rnd(r.id, 21, 8), mins => pg_temp.rnd(r.id, 22, 60)))"
				+ " at time zone 'Asia/Shanghai' as stamp, case when pg_temp.rnd(r.id, 23, 10) < 6 then 'VISIT' else 'PHONE'"
				+ " end as method, case when r.status = 'ABSENT' then false when c.pattern in ('C', 'N')"
				+ " then pg_temp.rnd(r.id, 24, 3) <> 0 else true end as present,"
				+ " case when c.town_idx = 0 and pg_temp.rnd(r.id, 25, 2) = 0 then " + accounts.town() + " else "
				+ accounts.office() + " end as by_id, case when c.town_idx = 0 and pg_temp.rnd(r.id, 25, 2) = 0 then '"
				+ DemoAccounts.TOWN + "' else '" + DemoAccounts.OFFICE + "' end as by_name from day_record r"
				+ " join city_cadre c on c.id = r.cadre_id join city_town t on t.idx = c.town_idx"
				+ " where extract(isodow from r.day) < 6 and (r.status = 'IN_VILLAGE' and pg_temp.rnd(r.id, 26, 1000) = 0"
				+ " or r.status = 'ABSENT' and pg_temp.rnd(r.id, 26, 10) = 0)) s order by s.stamp");
	}

	/**
	 * The loading transaction's settings: the commit does not wait for the log to be flushed (the load is written once
	 * and can be written again); sorts, hashes and index builds in memory; and no JIT compilation: the generating
	 * statements are estimated at billions (their rows come from functions and hashes the planner cannot count), so
	 * each was compiled with full optimisation and inlining, which took seconds a statement, longer than running
	 * it at the tests' small scale.
	 */
	private void bulkSettings() {
		bulkSettings(this.jdbc);
	}

	/** The loading transaction's settings ({@link #bulkSettings()}) in the given one. */
	static void bulkSettings(JdbcTemplate jdbc) {
		jdbc.execute("set local synchronous_commit = off");
		jdbc.execute("set local jit = off");
		jdbc.execute("set local work_mem = '256MB'");
		jdbc.execute("set local maintenance_work_mem = '256MB'");
	}

	/** The writers' function of pseudo-random numbers from hashes, {@code pg_temp.rnd}, in the connection's session. */
	static void functions(JdbcTemplate jdbc) {
		jdbc.execute("""
				create or replace function pg_temp.rnd(k bigint, seed bigint, n int) returns int
				language sql immutable parallel safe as $$ select ((hashint8extended(k, seed) & 1073741823) % n)::int $$""");
	}

	/**
	 * Writes the year's day records (millions of rows) the way a bulk load is fast, in one transaction all the same:
	 * <ul>
	 * <li>day_record's unique and foreign-key constraints and secondary indexes are dropped and made again after the
	 * rows, from the definitions read from the catalogue ({@link DemoSetAside}): an index is built once by sorting
	 * rather than row by row, and a foreign key is checked by one join rather than by a trigger call per row (the
	 * primary key stays); so are the week tally's secondary indexes while it is counted;</li>
	 * <li>the week tally's insert trigger is set aside and the tally counted afresh in one statement afterwards
	 * ({@code attendance_week_tally_recount} of migration V70), rather than its aggregate of every month's rows being
	 * merged into the rows before; so is the month roll-ups' trigger that marks the cadres' months stale (V73): no
	 * month of the database being loaded has been rolled up, a month never rolled up is judged as a whole when it is
	 * first read, and the loader rolls up the months afterwards (RollupDemoData). The two are dropped and made again
	 * from their definitions rather than disabled, because a disabled trigger with a transition table still has every
	 * inserted row copied aside for it. Other triggers (of other modules) keep firing;</li>
	 * <li>the rows are inserted a month at a time, so that each statement's sort fits in memory.</li>
	 * </ul>
	 * Re-adding the constraints checks the rows as the constraints would have (a day twice or a dangling key fails the
	 * load). The commit does not wait for the log to be flushed: the load is written once and can be written again.
	 */
	private void bulkDayRecords() {
		Runnable restore = DemoSetAside.drop(this.jdbc, "day_record", true, this.keepForeignKeys, this::step);
		List<String> triggers = this.jdbc.queryForList("select pg_get_triggerdef(oid) from pg_trigger where tgrelid ="
				+ " 'day_record'::regclass and tgname in (" + String.join(", ", BULK_TRIGGERS.stream()
					.map(t -> "'" + t + "'")
					.toList()) + ") order by tgname", String.class);
		for (String name : BULK_TRIGGERS) {
			this.jdbc.execute("drop trigger " + name + " on day_record");
		}
		for (LocalDate month = this.from.withDayOfMonth(1); !month.isAfter(this.days.yesterday()); month = month
			.plusMonths(1)) {
			LocalDate first = month.isBefore(this.from) ? this.from : month;
			LocalDate last = month.plusMonths(1).minusDays(1).isAfter(this.days.yesterday()) ? this.days.yesterday()
					: month.plusMonths(1).minusDays(1);
			if (this.keepForeignKeys) {
				this.jdbc.execute("set local session_replication_role = replica");
			}
			step("day records of " + month.toString().substring(0, 7), dayRecords(first, last));
			if (this.keepForeignKeys) {
				this.jdbc.execute("set local session_replication_role = origin");
			}
		}
		restore.run();
		if (this.keepForeignKeys) {
			DemoSetAside.checkForeignKeys(this.jdbc, "day_record");
		}
		for (String definition : triggers) {
			this.jdbc.execute(definition);
		}
		Runnable tallyIndexes = DemoSetAside.drop(this.jdbc, "attendance_week_tally", false, this::step);
		step("week tally", "select attendance_week_tally_recount(" + date(this.from.with(DayOfWeek.MONDAY)) + ", "
				+ date(this.days.yesterday().with(DayOfWeek.MONDAY)) + ")");
		tallyIndexes.run();
	}

	/**
	 * The day records from one day to another but for holidays and leave days (written before, from city_leave);
	 * the demo member leaves a working day of this week undeclared ({@link DemoDays#demoGap}), a gap for
	 * {@code leader} to fill.
	 * <p>
	 * Each level of the query computes its columns from the level below, and each is fenced with {@code offset 0}:
	 * otherwise the planner pulls the levels up into one and writes every column out as its whole expression wherever
	 * a higher level names it (the status in the source, the overnight flag, the evidence four times, ...), which
	 * computed the hashes, the calendar look-ups and the nested cases a dozen times a row.
	 */
	private String dayRecords(LocalDate first, LocalDate last) {
		// Day and week numbers from fixed epochs (a Wednesday and a Monday) key the hashes.
		String dayNo = "(d.day - date '2025-01-01')";
		String weekNo = "((d.day - date '2025-01-06') / 7)";
		return "insert into day_record (cadre_id, team_id, day, status, overnight, source, latitude, longitude,"
				+ " accuracy_m, distance_m, needs_review, note, version, created_at, created_by, modified_at, modified_by)"
				+ " select cadre_id, team_id, day, status, overnight, source,"
				+ " case when evidence then round((lat + metres * cos(bearing) / 111320)::numeric, 6) end,"
				+ " case when evidence then round((lon + metres * sin(bearing) / (111320 * cos(radians(lat))))::numeric, 6)"
				+ " end, case when evidence then 5 + e % 46 end, case when evidence then round(metres)::int end,"
				+ " evidence and outside, note, 0, stamp, author, stamp, author from ("
				+ " select y.*, case when y.e < 21 then y.radius_m * (1.2 + y.e2 / 500.0) else y.radius_m * y.e2 / 1250.0"
				+ " end as metres, y.e3 / 3600.0 * 2 * pi() as bearing,"
				+ " case when y.source = 'LEADER' then (y.day + 1 + make_interval(hours => 8, mins => y.r % 60))"
				+ " else (y.day + make_interval(hours => 19, mins => y.r % 240)) end at time zone 'Asia/Shanghai' as stamp,"
				+ " case when y.source = 'LEADER' then 'demo-leader' else 'demo' end as author,"
				+ " case when y.status = 'ABSENT' then '未请假离岗，经电话核实不在村' when y.source = 'LEADER'"
				+ " then '本人忘记登记，经核实当天在村' end as note from ("
				+ " select x.*, x.status = 'IN_VILLAGE' and x.source = 'SELF' and x.e < 350 as evidence, x.e < 21 as outside"
				+ " from ("
				+ " select w.*, case when w.status = 'ABSENT' or w.pattern = 'P' and w.status = 'IN_VILLAGE' and w.r >= 995"
				+ " then 'LEADER' else 'SELF' end as source,"
				+ " w.status = 'IN_VILLAGE' and case when w.dow >= 6 then w.r < 100 when w.pattern = 'N' then false"
				+ " when w.pattern = 'C' then w.dow <= w.nights else w.dow <= 4 or w.business > 0 end as overnight from ("
				+ " select b.*, case when b.dow >= 6 then case when b.pattern <> 'N' and b.r < 200 then 'IN_VILLAGE'"
				+ " else 'REST' end when b.pattern = 'A' and b.r < 15 then 'ABSENT' when b.pattern = 'N' then case"
				+ " when b.r < 250 then 'IN_VILLAGE' else 'REST' end when b.dow = b.business then 'OFFICIAL_BUSINESS'"
				+ " else 'IN_VILLAGE' end as status from ("
				// one hash of the cadre and day, one of the cadre and week; their digits are the random numbers
				+ " select a.*, (a.day_hash % 1000)::int as r, (a.day_hash / 1000 % 1000)::int as e,"
				+ " (a.day_hash / 1000000 % 1000)::int as e2, (a.day_hash / 1000000000 % 3600)::int as e3,"
				+ " case when a.week_hash % 100 < 30 then 1 + (a.week_hash / 100 % 5)::int else 0 end as business,"
				+ " case when a.pattern = 'C' and a.week_hash / 1000 % 100 < 80 then 1 + (a.week_hash / 100000 % 2)::int"
				+ " else 4 end as nights from ("
				// a make-up working day (调休上班) is worked like a Friday
				+ " select c.k, c.id as cadre_id, c.team_id, c.pattern, d.day, d.dow,"
				+ " v.latitude::float8 as lat, v.longitude::float8 as lon, v.radius_m,"
				+ " hashint8extended(c.k * 1000 + " + dayNo + ", 30) & " + MASK + " as day_hash,"
				+ " hashint8extended(c.k * 100 + " + weekNo + ", 34) & " + MASK + " as week_hash"
				+ " from city_cadre c join city_team t on t.g = c.g join village v on v.id = t.village_id"
				+ " cross join (select g::date as day, case when exists (select 1 from holiday w where w.day = g::date"
				+ " and w.kind = 'WORKDAY') then 5 else extract(isodow from g::date)::int end as dow from generate_series("
				+ date(first) + ", " + date(last) + ", interval '1 day') g where not exists (select 1 from holiday h"
				+ " where h.day = g::date and h.kind = 'HOLIDAY') offset 0) d"
				+ " where not (c.k = 1 and d.day = " + date(demoGap()) + ")"
				+ " and not exists (select 1 from city_leave l where l.cadre_id = c.id and d.day between l.first_day"
				+ " and l.first_day + l.days - 1) offset 0) a"
				+ " where not (a.pattern = 'G' and a.day >= " + date(this.days.gapsFrom()) + " and a.day_hash % 1000 < 450)"
				+ " offset 0) b offset 0) w offset 0) x offset 0) y offset 0) z order by cadre_id, day";
	}

	private LocalDate demoGap() {
		return this.days.demoGap(this.holidays.stream().map(DemoDistrict.Holiday::day).collect(Collectors.toSet()));
	}

	/** A SQL date literal. */
	static String date(LocalDate day) {
		return "date '" + day + "'";
	}

	/** A person's name from the demo surnames and given names, by a hash of the key. */
	static String person(String key, int seed) {
		List<String> given = new ArrayList<>(DemoNames.MALE_GIVEN_NAMES);
		given.addAll(DemoNames.FEMALE_GIVEN_NAMES);
		return array(DemoNames.SURNAMES) + "[pg_temp.rnd(" + key + ", " + seed + ", " + DemoNames.SURNAMES.size()
				+ ") + 1] || " + array(given) + "[pg_temp.rnd(" + key + ", " + (seed + 100) + ", " + given.size()
				+ ") + 1] || case when pg_temp.rnd(" + key + ", " + (seed + 200) + ", 2) = 0 then '' else "
				+ array(given) + "[pg_temp.rnd(" + key + ", " + (seed + 300) + ", " + given.size() + ") + 1] end";
	}

	/** A SQL array literal of constant texts (the demo's own names, never user input). */
	static String array(List<String> values) {
		return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ", "(array[", "])"));
	}

	private void step(String what, String sql) {
		long started = System.nanoTime();
		this.jdbc.execute(sql);
		log.info("City demo: {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
	}
}
