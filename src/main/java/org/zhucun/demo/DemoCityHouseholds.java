package org.zhucun.demo;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The households of the city-sized demo district, written set-based after its organisation (called by
 * {@link DemoCityWriter}, beside its attendance in a transaction of their own: {@link DemoHouseholdsBeside}): {@value #PER_VILLAGE} households in every active registered poor village, with members,
 * categories with their history, three years of income and risk tags; pairings with cadres (帮扶责任人), at most
 * {@value #MAX_PER_CADRE} running per cadre; a year of contact logs (about 1.5 million in the city) and monitoring
 * cases in every state.
 * <p>
 * Categories: about 1.5 % poor, 12.5 % monitored (脱贫不稳定户 after being lifted, or 边缘易致贫 / 突发严重困难 registered
 * as such), the rest lifted, 2.5 % of them after a monitored spell cleared. All poor and monitored households and 88 %
 * of the lifted ones are paired: {@value #PER_STATIONED} with each stationed cadre of the village's team, the rest with
 * cadres of the unit linked to the village who are not stationed (3 to 5 each, a few with none), written here. About
 * 12 % of the pairings followed a handover within the year (the household keeps its history and its date), 4 % began
 * within the year.
 * <p>
 * Contacts: most months a contact (72 %; 90 % in the last two months), one of them a home visit in most quarters, a
 * second contact in 6 % of the months; a tenth of the cadres are lax in the last two months, so that the overdue
 * households gather with some cadres. {@code member}'s first household has had no contact since the month before
 * last and no home visit at all: it is to be visited this month. The household's cadre, {@code paired_since}, last
 * contact and last home visit are computed from the pairings and the logs afterwards.
 * <p>
 * Monitoring: a confirmed case for every household monitored within the year (its category change is the day of the
 * confirmation), a cleared one for every monitored spell cleared within the year, a few hundred cases not included and
 * a few hundred under way (flagged within the last 25 days), about one in eight of those past the 15-day deadline.
 * <p>
 * Every pseudo-random choice comes from a hash of a row number, so the district is the same on every load on the same
 * day. The tables' secondary indexes and foreign keys are set aside while they are written and restored afterwards
 * (one build and one check each instead of one per row).
 */
final class DemoCityHouseholds {

	private static final Logger log = LoggerFactory.getLogger(DemoCityHouseholds.class);

	static final int PER_VILLAGE = 100;

	static final int PER_STATIONED = 4;

	static final int MAX_PER_CADRE = 5;

	/** Percentage of the lifted households that are paired (all poor and monitored ones are). */
	static final int PAIRED_LIFTED = 88;

	private static final String AUDIT = "0, now(), 'demo', now(), 'demo'";

	/** Keeps a hash positive (62 bits), so that its digits can serve as random numbers. */
	private static final String MASK = "4611686018427387903";

	private static final List<String> TABLES = List.of("household", "household_member", "household_category_change",
			"household_income", "pairing", "contact_log", "monitoring_case");

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	/** The first day of the year of contacts. */
	private final LocalDate from;

	DemoCityHouseholds(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
		this.from = today.minusYears(1);
	}

	/**
	 * The organisation the households are written from, read in the organisation's transaction: the active registered
	 * poor villages (with their first linked unit) and the stationed cadres of their active teams.
	 */
	record Sources(Long[] villages, Double[] latitudes, Double[] longitudes, Long[] units, Long[] cadres,
			Long[] cadreVillages, Boolean[] firstSecretaries) {

		static Sources read(JdbcTemplate jdbc) {
			List<Object[]> villages = jdbc.query("select v.id, v.latitude::float8, v.longitude::float8, l.unit_id"
					+ " from village v join (select distinct on (village_id) village_id, unit_id from aid_unit_village"
					+ " order by village_id, unit_id) l on l.village_id = v.id where v.category = 'REGISTERED_POOR'"
					+ " and v.active order by v.id",
					(rs, n) -> new Object[] { rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4) });
			List<Object[]> stations = jdbc.query("select m.cadre_id, t.village_id, m.role = 'FIRST_SECRETARY'"
					+ " from team_membership m join work_team t on t.id = m.team_id where m.left_on is null"
					+ " and t.status = 'ACTIVE' order by m.cadre_id",
					(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getBoolean(3) });
			return new Sources(column(villages, 0, Long[]::new), column(villages, 1, Double[]::new),
					column(villages, 2, Double[]::new), column(villages, 3, Long[]::new),
					column(stations, 0, Long[]::new), column(stations, 1, Long[]::new),
					column(stations, 2, Boolean[]::new));
		}

		@SuppressWarnings("unchecked")
		private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
			T[] values = array.apply(rows.size());
			for (int i = 0; i < values.length; i++) {
				values[i] = (T) rows.get(i)[index];
			}
			return values;
		}
	}

	/**
	 * The tables written here and the cadres added for the pairings, whose keys are checked when they were written
	 * beside the organisation's transaction ({@link DemoHouseholdsBeside}).
	 */
	static final List<String> WRITTEN = List.of("cadre", "household", "household_member", "household_category_change",
			"household_income", "pairing", "contact_log", "monitoring_case", "monitoring_measure");

	/**
	 * Whether a table is one the households' rows refer to that only they write (whose keys their own transaction
	 * can check), unlike the organisation's tables and cadre.
	 */
	static boolean ownTable(String table) {
		return !"cadre".equals(table) && WRITTEN.contains(table);
	}

	/**
	 * Writes everything, after the organisation, its teams and the writer's functions ({@code pg_temp.rnd}), with the
	 * writer's settings, in the writer's transaction or in one of its own beside it.
	 * @param sources the organisation, as read by {@link Sources#read} (in the transaction that wrote it)
	 * @param memberCadre the cadre {@code member} is bound to, whose first household is left to visit this month
	 * @param keepForeignKeys whether the tables' foreign keys stay (written beside the organisation's transaction, with
	 * their triggers not firing, checked afterwards), else they are set aside and made again
	 */
	void write(Sources sources, long memberCadre, boolean keepForeignKeys) {
		sources(sources);
		List<Runnable> restore = new ArrayList<>();
		for (String table : TABLES) {
			restore.add(DemoSetAside.drop(this.jdbc, table, false, keepForeignKeys, this::step));
		}
		households();
		pairings(memberCadre);
		contacts(memberCadre);
		monitoring();
		// The households last, with the columns the overdue lists read computed from their pairings and logs (so
		// that no row is written twice): the cadre paired now, since when without a break, the last contact and visit.
		step("households", "insert into household (id, code, village_id, head_name, head_phone, category, monitored_kind,"
				+ " risk_tags, income_sources, member_count, latest_income_year, latest_income, cadre_id, paired_since,"
				+ " last_contact_on, last_home_visit_on, active, version, created_at, created_by, modified_at, modified_by)"
				+ " select h.id, 'JY' || lpad(h.village_id::text, 6, '0') || lpad(h.g::text, 3, '0'), h.village_id,"
				+ " h.head_name, h.head_phone, h.category, h.kind, h.risk_tags, h.income_sources, h.member_count, "
				+ (this.today.getYear() - 1) + ", h.income, p.cadre_id, s.since, c.last_contact, c.last_visit, true, "
				+ AUDIT + " from city_hh h left join pairing p on p.household_id = h.id and p.to_date is null"
				+ " left join (select household_id, max(from_date) filter (where prev_to is null or prev_to < from_date - 1)"
				+ " as since from (select household_id, from_date, lag(to_date) over (partition by household_id"
				+ " order by from_date, id) as prev_to from pairing) x group by household_id) s on s.household_id = p.household_id"
				+ " left join (select household_id, max(contact_date) as last_contact, max(contact_date) filter"
				+ " (where kind = 'HOME_VISIT') as last_visit from contact_log group by household_id) c"
				+ " on c.household_id = p.household_id order by h.n");
		restore.forEach(Runnable::run);
		if (keepForeignKeys) {
			for (String table : WRITTEN) {
				DemoSetAside.checkForeignKeys(this.jdbc, table, DemoCityHouseholds::ownTable);
			}
		}
	}

	/** The organisation's rows as the two temporary tables the households are written from. */
	private void sources(Sources s) {
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement villages = connection.prepareStatement("create temp table city_hh_village"
					+ " on commit drop as select * from unnest(?, ?, ?, ?) v (id, lat, lon, unit_id)");
					PreparedStatement stations = connection.prepareStatement("create temp table city_hh_station"
							+ " on commit drop as select * from unnest(?, ?, ?) s (cadre_id, village_id, first)")) {
				villages.setArray(1, connection.createArrayOf("int8", s.villages()));
				villages.setArray(2, connection.createArrayOf("float8", s.latitudes()));
				villages.setArray(3, connection.createArrayOf("float8", s.longitudes()));
				villages.setArray(4, connection.createArrayOf("int8", s.units()));
				villages.execute();
				stations.setArray(1, connection.createArrayOf("int8", s.cadres()));
				stations.setArray(2, connection.createArrayOf("int8", s.cadreVillages()));
				stations.setArray(3, connection.createArrayOf("bool", s.firstSecretaries()));
				stations.execute();
			}
			return null;
		});
	}

	/**
	 * Removes what a failed load left of the households written beside it: when the database has no towns it can
	 * have no villages, so every household there, and every cadre of a unit that is not there, was written by a load
	 * whose organisation was rolled back.
	 * @return whether there was anything to remove
	 */
	static boolean removeLeftovers(JdbcTemplate jdbc) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from town) or not (exists (select 1"
				+ " from household) or exists (select 1 from cadre c where c.unit_id is not null and not exists (select 1 from aid_unit u"
				+ " where u.id = c.unit_id)))", Boolean.class))) {
			return false;
		}
		jdbc.execute("truncate " + String.join(", ", WRITTEN.subList(1, WRITTEN.size())));
		jdbc.execute("delete from cadre c where c.unit_id is not null and not exists (select 1 from aid_unit u"
				+ " where u.id = c.unit_id)");
		return true;
	}

	private void households() {
		int year = this.today.getYear() - 1;
		String t = DemoCityWriter.date(this.today);
		step("households", "create temp table city_hh on commit drop as select z.*, " + DemoCityWriter.person("n", 90)
				+ " as head_name, '1' || (array['35', '36', '37', '38', '39', '50', '51', '52', '58', '59'])"
				+ "[1 + pg_temp.rnd(n, 91, 10)] || lpad(pg_temp.rnd(n, 92, 100000000)::text, 8, '0') as head_phone,"
				+ " cast(array_remove(array["
				+ "case when pg_temp.rnd(n, 70, 100) < case when category = 'MONITORED' then 45 else 14 end then 'ILLNESS' end,"
				+ " case when pg_temp.rnd(n, 71, 100) < 6 then 'DISABILITY' end,"
				+ " case when pg_temp.rnd(n, 72, 100) < 12 then 'SCHOOLING' end,"
				+ " case when pg_temp.rnd(n, 73, 100) < 3 then 'HOUSING' end,"
				+ " case when pg_temp.rnd(n, 74, 100) < 2 then 'DRINKING_WATER' end,"
				+ " case when pg_temp.rnd(n, 75, 100) < case when kind = 'SUDDEN' then 30 else 2 end then 'DISASTER' end,"
				+ " case when pg_temp.rnd(n, 76, 100) < case when category = 'MONITORED' then 15 else 3 end then 'JOB_LOSS'"
				+ " end], null) as varchar(20)[]) as risk_tags, (array['务工', '种植', '养殖', '公益岗位', '小额经营',"
				+ " '务工、种植', '务工、养殖', '低保、公益岗位'])[1 + pg_temp.rnd(n, 77, 8)] as income_sources,"
				+ " case category when 'POOR' then 4200 + pg_temp.rnd(n, 78, 1800) when 'MONITORED' then 5200"
				+ " + pg_temp.rnd(n, 78, 3000) else 8500 + pg_temp.rnd(n, 78, 14000) end::numeric(14, 2) as income"
				+ " from (select y.*,"
				+ " case when c < 15 then 'POOR' when c < 140 then 'MONITORED' else 'LIFTED' end as category,"
				+ " case when c >= 15 and c < 140 then (array['UNSTABLE', 'MARGINAL', 'SUDDEN'])[1 + pg_temp.rnd(n, 41, 3)]"
				+ " end as kind, c >= 140 and c < 165 as cleared, date '2014-08-01' + pg_temp.rnd(n, 44, 450) as registered,"
				+ " date '2016-09-01' + pg_temp.rnd(n, 45, 1520) as lifted,"
				+ " case when c >= 140 then " + t + " - 90 - pg_temp.rnd(n, 46, 1500) else " + t + " - 20"
				+ " - pg_temp.rnd(n, 46, 2000) end as monitored,"
				+ " c < 140 or pg_temp.rnd(n, 43, 100) < " + PAIRED_LIFTED + " as paired,"
				+ " (array[1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6])[1 + pg_temp.rnd(n, 47, 15)] as member_count,"
				+ " 1950 + pg_temp.rnd(n, 48, 40) as head_born, nextval(pg_get_serial_sequence('household', 'id')) as id"
				+ " from (select x.*, pg_temp.rnd(n, 40, 1000) as c from (select row_number() over (order by v.id, g) as n,"
				+ " v.id as village_id, v.lat, v.lon, v.unit_id, g"
				+ " from city_hh_village v cross join generate_series(1, " + PER_VILLAGE
				+ ") g) x) y order by n) z order by n");
		step("households", "alter table city_hh add primary key (id)");
		step("households", "alter table city_hh add column cleared_on date");
		analyze("city_hh");
		step("households", "update city_hh set cleared_on = monitored + 30 + pg_temp.rnd(n, 49, " + t
				+ " - monitored - 45) where cleared");
		String given = given();
		step("household members", "insert into household_member (household_id, position, name, relation, birth_year, notes)"
				+ " select h.id, p - 1, case when p = 1 then h.head_name when p = 2 then " + DemoCityWriter.person("h.n * 8 + p", 93)
				+ " else left(h.head_name, 1) || " + given + "[1 + pg_temp.rnd(h.n * 8 + p, 94, " + givenCount() + ")] end,"
				+ " (array['HEAD', 'SPOUSE', 'CHILD', 'CHILD', 'PARENT', 'GRANDCHILD'])[p], b.born,"
				+ " case when b.born > " + (this.today.getYear() - 19) + " and b.born < " + (this.today.getYear() - 5)
				+ " then '在校' when p = 1 and h.risk_tags @> array['ILLNESS']::varchar(20)[] then '慢性病'"
				+ " when p = 2 and h.risk_tags @> array['DISABILITY']::varchar(20)[] then '残疾' end"
				+ " from city_hh h cross join generate_series(1, h.member_count) p"
				+ " cross join lateral (select least(" + (this.today.getYear() - 1) + ", case p when 1 then h.head_born"
				+ " when 2 then h.head_born - 3 + pg_temp.rnd(h.n * 8 + p, 95, 7) when 5 then h.head_born - 22"
				+ " - pg_temp.rnd(h.n * 8 + p, 95, 8) when 6 then h.head_born + 46 + pg_temp.rnd(h.n * 8 + p, 95, 10)"
				+ " else h.head_born + 22 + pg_temp.rnd(h.n * 8 + p, 95, 16) end) as born) b order by h.id, p");
		// Histories: poor when registered, lifted, monitored (unstable), lifted again when the risk was cleared; the
		// marginal and sudden kinds registered as monitored.
		step("category histories", "insert into household_category_change (household_id, position, category,"
				+ " monitored_kind, from_date, reason) select id, 0, 'MONITORED', kind, monitored, '监测识别' from city_hh"
				+ " where kind in ('MARGINAL', 'SUDDEN') union all select id, 0, 'POOR', null, registered, '建档立卡'"
				+ " from city_hh where kind is null or kind = 'UNSTABLE' union all select id, 1, 'LIFTED', null, lifted,"
				+ " '达到脱贫标准' from city_hh where category = 'LIFTED' or kind = 'UNSTABLE' union all select id, 2,"
				+ " 'MONITORED', 'UNSTABLE', monitored, (array['因病收入下降', '因残支出增加', '务工收入减少', '因灾损失'])"
				+ "[1 + pg_temp.rnd(n, 79, 4)] from city_hh where kind = 'UNSTABLE' or cleared union all select id, 3,"
				+ " 'LIFTED', null, cleared_on, '风险消除' from city_hh where cleared order by 1, 2");
		step("incomes", "insert into household_income (household_id, year, per_person) select h.id, " + year + " - y,"
				+ " round(h.income * case when h.category = 'MONITORED' then 1 + 0.1 * y else 1 - 0.06 * y end, 2)"
				+ " from city_hh h cross join generate_series(0, 2) y order by h.id, y");
	}

	/**
	 * The pairings: stationed cadres take {@value #PER_STATIONED} households of their team's village each, the rest go
	 * to cadres of the village's unit who are not stationed, created here with room for 3 to 5 households each.
	 */
	private void pairings(long memberCadre) {
		String t = DemoCityWriter.date(this.today);
		step("pairing slots", "create temp table city_ranked on commit drop as select a.*, s.cadre_id as stationed,"
				+ " row_number() over (partition by a.unit_id, s.cadre_id is null order by a.n) as ur from"
				+ " (select id, n, village_id, unit_id, row_number() over (partition by village_id order by n) as vr"
				+ " from city_hh where paired) a left join (select cadre_id, village_id, row_number() over"
				+ " (partition by village_id order by first desc, cadre_id) - 1 as s"
				+ " from city_hh_station) s on s.village_id = a.village_id and s.s = (a.vr - 1) / " + PER_STATIONED);
		analyze("city_ranked");
		step("pairing cadres", "create temp table city_extra on commit drop as select row_number() over"
				+ " (order by u.unit_id, c.j) as k, u.unit_id, c.j, c.cap, c.lo,"
				+ " nextval(pg_get_serial_sequence('cadre', 'id')) as id from (select unit_id, count(*) as need"
				+ " from city_ranked where stationed is null group by unit_id) u cross join lateral (select j, cap,"
				+ " sum(cap) over (order by j) - cap as lo from (select j, 3 + (pg_temp.rnd(u.unit_id * 10000 + j, 50, 10)"
				+ " >= 2)::int + (pg_temp.rnd(u.unit_id * 10000 + j, 50, 10) >= 5)::int as cap from generate_series(0,"
				+ " u.need / 3 + 3) j) z) c where c.lo < u.need + 8 order by u.unit_id, c.j");
		step("pairing cadres", "insert into cadre (id, unit_id, name, gender, phone, position, version, created_at,"
				+ " created_by, modified_at, modified_by) select id, unit_id, " + DemoCityWriter.person("k", 110)
				+ ", case when pg_temp.rnd(k, 111, 100) < 55 then 'MALE' else 'FEMALE' end, '137' || lpad(k::text, 8, '0'), "
				+ DemoCityWriter.array(DemoNames.GOVERNMENT_POSITIONS) + "[1 + pg_temp.rnd(k, 112, "
				+ DemoNames.GOVERNMENT_POSITIONS.size() + ")], " + AUDIT + " from city_extra order by k");
		step("pairing cadres", "create temp table city_slot on commit drop as select e.unit_id, e.id, e.lo + i as ur"
				+ " from city_extra e cross join generate_series(1, e.cap) i");
		step("pairing cadres", "alter table city_slot add primary key (unit_id, ur)");
		analyze("city_slot");
		// Each household's cadre, and for a handover the cadre before (seven households back in the unit's order: a
		// cadre holds at most five in a row, so another one); since when it is paired and when the handover was.
		step("pairings", "create temp table city_pair on commit drop as select z.*, case when z.hp < 12 and z.before"
				+ " is not null and z.member_cadre is null and " + t + " - 5 - pg_temp.rnd(z.n, 52, 355) > z.since + 30 then "
				+ t + " - 5 - pg_temp.rnd(z.n, 52, 355) end as handed_on from (select r.id, r.n, r.unit_id, c.cadre_id,"
				+ " pg_temp.rnd(r.n, 51, 100) as hp, nullif(c.cadre_id = " + memberCadre + ", false) as member_cadre,"
				+ " coalesce(lag(c.cadre_id, 7) over w, lead(c.cadre_id, 7) over w) as before,"
				+ " case when pg_temp.rnd(r.n, 51, 100) between 12 and 15 and h.kind is null and c.cadre_id <> "
				+ memberCadre + " then " + t + " - 20 - pg_temp.rnd(r.n, 53, 340) else greatest(date '2021-03-01'"
				+ " + pg_temp.rnd(r.n, 53, 900), case when h.kind in ('MARGINAL', 'SUDDEN') then h.monitored + 3 end) end"
				+ " as since from city_ranked r join city_hh h on h.id = r.id cross join lateral (select"
				+ " coalesce(r.stationed, (select e.id from city_slot e where r.stationed is null and e.unit_id = r.unit_id"
				+ " and e.ur = r.ur)) as cadre_id) c window w as (partition by r.unit_id order by r.n)) z");
		step("pairings", "insert into pairing (household_id, cadre_id, from_date, to_date, end_reason, version, created_at,"
				+ " created_by, modified_at, modified_by) select id, before, since, handed_on - 1, 'HANDOVER', " + AUDIT
				+ " from city_pair where handed_on is not null union all select id, cadre_id, coalesce(handed_on, since),"
				+ " null, null, " + AUDIT + " from city_pair order by 1, 3");
	}

	/** A year of contacts of the running pairings and the handed-over ones before them. */
	private void contacts(long memberCadre) {
		analyze("city_pair");
		analyze("pairing");
		String t = DemoCityWriter.date(this.today);
		// Each paired household once, in order, with its running pairing and the one before a handover.
		step("contact logs", "create temp table city_link on commit drop as select c.id, c.n, h.lat, h.lon,"
				+ " c.since, c.handed_on, n.id as pairing_id, n.cadre_id, o.id as before_id, o.cadre_id as before_cadre,"
				+ " pg_temp.rnd(c.cadre_id, 61, 100) < 10 as lax, false as member_first from city_pair c"
				+ " join city_hh h on h.id = c.id join pairing n on n.household_id = c.id and n.to_date is null"
				+ " left join pairing o on o.household_id = c.id and o.to_date is not null order by c.id");
		step("contact logs", "update city_link set member_first = true where id = (select min(id) from city_link"
				+ " where cadre_id = " + memberCadre + " and since < " + DemoCityWriter.date(this.today.minusMonths(4))
				+ ")");
		// Three hashes per contact; their digits are the random numbers (h: day, kept or not, kind, time;
		// c: the six checks; r: the texts, satisfaction, location and who entered it). Each level of the query is
		// fenced with offset 0, so that its columns are computed once a row rather than written out as their whole
		// expressions (hashes, dates) wherever the levels above name them.
		step("contact logs", "insert into contact_log (household_id, pairing_id, cadre_id, contact_date, kind, food_ok,"
				+ " clothing_ok, education_ok, medical_ok, housing_ok, water_ok, problems, help_given, policies,"
				+ " income_change, satisfaction, latitude, longitude, on_behalf, version, created_at, created_by,"
				+ " modified_at, modified_by)"
				+ " select id, case when d < handed_on then before_id else pairing_id end,"
				+ " case when d < handed_on then before_cadre else cadre_id end, d, kind, food, clothing, education,"
				+ " medical, housing, water,"
				+ " nullif(concat_ws('；', case when not food then '口粮不足' end, case when not clothing then '冬衣不足' end,"
				+ " case when not education then '子女上学交通不便' end, case when not medical then '慢性病用药负担重' end,"
				+ " case when not housing then '房屋漏雨需修缮' end, case when not water then '季节性缺水' end), ''),"
				+ " (array['宣讲政策，了解生产生活情况', '联系务工岗位', '协调申请临时救助', '帮助销售农产品', '落实医保报销',"
				+ " '送去米面油'])[1 + r % 6], case when r / 10 % 4 = 0 then (array['产业奖补', '公益岗位', '教育资助',"
				+ " '医疗救助', '危房改造', '小额信贷'])[1 + r / 100 % 6] end, case when r / 1000 % 6 = 0 then (array["
				+ "'务工收入增加', '养殖收入增加', '因病支出增加'])[1 + r / 10000 % 3] end, case when r / 100000 % 100 < 85"
				+ " then 'SATISFIED' when r / 100000 % 100 < 98 then 'BASICALLY' else 'DISSATISFIED' end,"
				+ " case when located then round((lat + (r / 100000000 % 2001 - 1000) / 100000.0)::numeric, 6) end,"
				+ " case when located then round((lon + (r / 1000000000000 % 2001 - 1000) / 100000.0)::numeric, 6) end,"
				+ " r / 10000000000000000 % 100 < 15, 0, stamp, 'demo', stamp, 'demo' from (select y.*,"
				+ " c % 1000 >= 3 as food, c / 1000 % 1000 >= 3 as clothing, c / 1000000 % 1000 >= 15 as education,"
				+ " c / 1000000000 % 1000 >= 20 as medical, c / 1000000000000 % 1000 >= 12 as housing,"
				+ " c / 1000000000000000 % 1000 >= 8 as water, kind = 'HOME_VISIT' and r / 10000000 % 10 < 7 as located,"
				+ " (d + make_interval(hours => 9 + (h / 1000000000 % 10)::int, mins => (h / 10000000000 % 60)::int))"
				+ " at time zone 'Asia/Shanghai' as stamp from (select x.*,"
				+ " case when member_first then 'PHONE' when k = 0 and (extract(month from d)::int - 1) % 3 = (n"
				+ " + extract(year from d)::int * 4 + (extract(month from d)::int - 1) / 3) % 3 and h / 100000 % 100"
				+ " < case when lax then 55 else 92 end or h / 10000000 % 100 < 12 then 'HOME_VISIT' else 'PHONE' end"
				+ " as kind, hashint8extended(key, 68) & " + MASK + " as c, hashint8extended(key, 69) & " + MASK + " as r"
				+ " from (select g.*, ms + (h % days)::int as d from (select l.*, m.mo, m.ms, m.days, k,"
				+ " l.n * 64 + m.mo * 2 + k as key, hashint8extended(l.n * 64 + m.mo * 2 + k, 60) & " + MASK + " as h"
				+ " from city_link l cross join (select mo, ms, (ms + interval '1 month')::date - ms as days from (select"
				+ " mo, (date_trunc('month', " + t + ") - make_interval(months => mo))::date as ms"
				+ " from generate_series(12, 0, -1) mo offset 0) s offset 0) m cross join generate_series(0, 1) k offset 0) g"
				+ " where not (member_first and mo <= 1) and h / 100 % 1000 < case when k = 1 then 60 when mo = 0 then 1000"
				+ " when mo <= 2 and lax then 500 when mo <= 2 then 900 else 630 end offset 0) x"
				+ " where d >= greatest(since, " + DemoCityWriter.date(this.from) + ") and d < " + t
				+ " offset 0) y offset 0) z");
	}

	/** Monitoring cases in every state, consistent with the households' categories. */
	private void monitoring() {
		String t = DemoCityWriter.date(this.today);
		String kinds = "(array['HEALTH', 'EMPLOYMENT', 'INDUSTRY', 'SOCIAL_SECURITY', 'EDUCATION'])";
		String results = "(array['落实医疗救助，自付部分已报销', '安排公益岗位，月增收 800 元', '发放产业奖补，发展养殖',"
				+ " '纳入低保，按月发放', '落实教育资助，学费已减免'])";
		String reason = "(array['家庭成员患大病，医疗支出骤增', '主要劳动力失业，收入大幅下降', '房屋受灾损毁',"
				+ " '子女上学支出增加', '因意外事故致残'])[1 + pg_temp.rnd(c.n, 132, 5)]";
		String source = "(array['SELF_REPORT', 'CADRE_VISIT', 'DEPARTMENT_DATA'])[1 + pg_temp.rnd(c.n, 133, 3)]";
		analyze("contact_log");
		// Under way: the state first, then an age that fits it (the late ones older than the deadline).
		step("monitoring cases", "create temp table city_case on commit drop as"
				+ " select id, n, monitored - 10 as f, case when cleared_on is not null then 'CLEARED' else 'CONFIRMED' end"
				+ " as state, cleared_on as closed from city_hh where monitored >= " + DemoCityWriter.date(this.from)
				+ " + 10 and (kind is not null or cleared)"
				+ " union all select id, n, " + t + " - 20 - pg_temp.rnd(n, 134, 330), 'NOT_INCLUDED', null from city_hh"
				+ " where category = 'LIFTED' and not cleared and pg_temp.rnd(n, 42, 1000) between 4 and 6"
				+ " union all select id, n, " + t + " - case when late then 16 + pg_temp.rnd(n, 135, 10) else (array[0, 1, 2,"
				+ " 8])[s + 1] + pg_temp.rnd(n, 135, (array[3, 4, 9, 7])[s + 1]) end, (array['FLAGGED', 'VERIFIED',"
				+ " 'IN_PUBLICITY', 'TOWN_APPROVED'])[s + 1], null from (select id, n, pg_temp.rnd(n, 136, 4) as s,"
				+ " pg_temp.rnd(n, 137, 100) < 12 as late from city_hh where category = 'LIFTED' and not cleared"
				+ " and pg_temp.rnd(n, 42, 1000) < 4) u");
		step("monitoring cases", "insert into monitoring_case (household_id, flagged_on, source, flag_reason, income,"
				+ " deadline, state, verified_on, publicity_from, town_reviewed_on, confirmed_on, closed_on,"
				+ " close_reason, version, created_at, created_by, modified_at, modified_by)"
				+ " select c.id, f, " + source + ", " + reason + ", o.income, f + 15, state,"
				+ " case when state <> 'FLAGGED' then f + 1 end,"
				+ " case when state not in ('FLAGGED', 'VERIFIED') then f + 2 end,"
				+ " case when state not in ('FLAGGED', 'VERIFIED', 'IN_PUBLICITY') then f + 8 end,"
				+ " case when state in ('CONFIRMED', 'CLEARED') then f + 10 end,"
				+ " case when state = 'CLEARED' then closed when state = 'NOT_INCLUDED' then f + 8 end,"
				+ " case when state = 'CLEARED' then '收入稳定，风险消除' when state = 'NOT_INCLUDED' then"
				+ " '经核实家庭收入高于监测标准' end, 0, (f + time '10:00') at time zone 'Asia/Shanghai', 'demo',"
				+ " (f + time '10:00') at time zone 'Asia/Shanghai', 'demo'"
				+ " from city_case c join city_hh o on o.id = c.id order by f, c.id");
		// One or two assistance measures of each confirmed or cleared case, from the day after the confirmation, the
		// responsibility of the unit linked to the household's village (whose cadres it is paired with).
		step("monitoring measures", "insert into monitoring_measure (case_id, kind, start_date, end_date, unit_id, result,"
				+ " version, created_at, created_by, modified_at, modified_by)"
				+ " select m.id, " + kinds + "[1 + pg_temp.rnd(c.n + k, 130, 5)], m.confirmed_on + k * 5,"
				+ " case when m.state = 'CLEARED' then greatest(m.confirmed_on + k * 5, least(m.confirmed_on + 30 + k * 5,"
				+ " m.closed_on)) end, o.unit_id,"
				+ " " + results + "[1 + pg_temp.rnd(c.n + k, 130, 5)], 0, m.created_at, 'demo', m.created_at, 'demo'"
				+ " from monitoring_case m join city_case c on c.id = m.household_id join city_hh o on o.id = c.id"
				+ " cross join generate_series(0, 1) k where m.state in ('CONFIRMED', 'CLEARED')"
				+ " and (k = 0 or pg_temp.rnd(c.n, 131, 2) = 1 and m.confirmed_on + 5 <= coalesce(m.closed_on, " + t + "))"
				+ " order by m.id, k");
	}

	/** Statistics of a table just written, so that the next statements join it sensibly (temporary tables have none). */
	private void analyze(String table) {
		step("statistics of " + table, "analyze " + table);
	}

	private static String given() {
		List<String> given = new ArrayList<>(DemoNames.MALE_GIVEN_NAMES);
		given.addAll(DemoNames.FEMALE_GIVEN_NAMES);
		return DemoCityWriter.array(given);
	}

	private static int givenCount() {
		return DemoNames.MALE_GIVEN_NAMES.size() + DemoNames.FEMALE_GIVEN_NAMES.size();
	}

	private void step(String what, String sql) {
		long started = System.nanoTime();
		this.jdbc.execute(sql);
		log.info("City demo: {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
	}
}
