package org.zhucun.pairings;

import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.DemoData;

/**
 * The demo households and pairings, written set-based: about 20 households in every registered poor village (most
 * lifted, some monitored, one poor), with members, category histories and three years of income; most are paired
 * with cadres of the unit linked to the village (at most 4 each, so below the limit of 5), some after a handover.
 * {@code member} and {@code leader} are paired with households of their own village; {@code cadre} (not stationed)
 * comes first among its unit's cadres, so that it is paired too. Three months of contact logs
 * leave some households overdue. The city-sized district has its own, larger ones ({@code demo.DemoCityHouseholds}).
 */
@Component
@Profile("demo")
class PairingsDemoData implements DemoData {

	/** Households per registered poor village in the demo district. */
	static final int PER_VILLAGE = 20;

	private static final String AUDIT = "0, now(), 'demo', now(), 'demo'";

	private static final String SURNAMES = "(array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡',"
			+ "'郭','何','高','林','罗','郑','梁','谢','宋','唐'])";

	private static final String GIVEN = "(array['建国','秀英','桂兰','志强','玉梅','国庆','春花','文明','永红','海军','丽娟','长生',"
			+ "'凤英','德华','小燕','红梅','金山','保国','明亮','淑珍','满仓','玉兰','铁柱','翠花','新民'])";

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void load(Context context) {
		if (context.scale() == Scale.CITY) {
			return; // the city writer writes the city's households, pairings and a year of contacts set-based
		}
		JdbcTemplate jdbc = context.jdbc();
		LocalDate today = context.today();
		int per = PER_VILLAGE;
		Long member = jdbc.queryForObject("select max(cadre_id) from account where username = 'member'", Long.class);
		Long leader = jdbc.queryForObject("select max(cadre_id) from account where username = 'leader'", Long.class);
		Long cadre = jdbc.queryForObject("select max(cadre_id) from account where username = 'cadre'", Long.class);
		Long memberVillage = member == null ? null : jdbc.query("""
				select t.village_id from team_membership m join work_team t on t.id = m.team_id
				where m.cadre_id = ? order by m.left_on is null desc, m.joined_on desc limit 1""",
				rs -> rs.next() ? rs.getLong(1) : null, member);
		long m = member == null ? -1 : member;
		long l = leader == null ? -1 : leader;
		long c = cadre == null ? -1 : cadre;
		long mv = memberVillage == null ? -1 : memberVillage;

		jdbc.execute("create temp table demo_hh on commit drop as select v.id as village_id, g,"
				+ " row_number() over (order by v.id, g) as n from village v cross join generate_series(1, " + per
				+ ") g where v.category = 'REGISTERED_POOR' and v.active");
		jdbc.update("insert into household (code, village_id, head_name, head_phone, category, monitored_kind, risk_tags,"
				+ " income_sources, member_count, latest_income_year, latest_income, active, version, created_at,"
				+ " created_by, modified_at, modified_by)"
				+ " select 'JY' || lpad(village_id::text, 6, '0') || lpad(g::text, 3, '0'), village_id,"
				+ SURNAMES + "[1 + n % 25] || " + GIVEN + "[1 + (n * 7) % 25],"
				+ " '13' || (5 + n % 5)::text || lpad(((n * 7919) % 100000000)::text, 8, '0'),"
				+ " case when g = 20 then 'POOR' when g % 5 = 0 then 'MONITORED' else 'LIFTED' end,"
				+ " case when g % 5 = 0 and g <> 20 then (array['UNSTABLE','MARGINAL','SUDDEN'])[1 + (g / 5) % 3] end,"
				+ " cast(array_remove(array[case when n % 3 = 0 or g % 5 = 0 then 'ILLNESS' end,"
				+ " case when n % 5 = 1 then 'SCHOOLING' end, case when n % 11 = 2 then 'DISABILITY' end,"
				+ " case when n % 13 = 4 then 'HOUSING' end, case when g = 15 then 'JOB_LOSS' end,"
				+ " case when n % 17 = 6 then 'DRINKING_WATER' end, case when g = 10 then 'DISASTER' end], null)"
				+ " as varchar(20)[]),"
				+ " (array['务工','种植','养殖','公益岗位','小额经营','务工、种植'])[1 + n % 6], 2 + n % 5, ?,"
				+ " case when g = 20 then 4800 + (n * 37) % 900 when g % 5 = 0 then 5200 + (n * 37) % 2600"
				+ " else 9000 + (n * 131) % 9000 end, true, " + AUDIT + " from demo_hh order by n",
				today.getYear() - 1);
		jdbc.execute("create temp table demo_hh_id on commit drop as select d.*, h.id, h.category, h.monitored_kind,"
				+ " h.member_count, h.head_name, h.latest_income from demo_hh d join household h"
				+ " on h.code = 'JY' || lpad(d.village_id::text, 6, '0') || lpad(d.g::text, 3, '0')");
		jdbc.update("insert into household_member (household_id, position, name, relation, birth_year, notes)"
				+ " select d.id, p - 1, case when p = 1 then d.head_name else left(d.head_name, 1) || "
				+ GIVEN + "[1 + (d.n * 3 + p * 5) % 25] end,"
				+ " case when p = 1 then 'HEAD' when p = 2 then 'SPOUSE' when p = 5 then 'PARENT' else 'CHILD' end,"
				+ " case when p <= 2 then 1955 + (d.n + p) % 30 when p = 5 then 1940 + d.n % 12"
				+ " else 2003 + (d.n + p) % 18 end,"
				+ " case when p in (3, 4) and (2003 + (d.n + p) % 18) > ? then '在校' when p = 1 and d.g % 5 = 0 then '慢性病'"
				+ " end from demo_hh_id d cross join generate_series(1, d.member_count) p",
				today.getYear() - 16);
		jdbc.update("insert into household_category_change (household_id, position, category, monitored_kind, from_date, reason)"
				+ " select id, 0, case when category = 'MONITORED' and monitored_kind <> 'UNSTABLE' then 'MONITORED'"
				+ " else 'POOR' end, case when category = 'MONITORED' and monitored_kind <> 'UNSTABLE' then monitored_kind end,"
				+ " case when category = 'MONITORED' and monitored_kind <> 'UNSTABLE' then ?::date - (30 + n % 300)::int"
				+ " else date '2015-10-01' end, null from demo_hh_id",
				today);
		jdbc.update("insert into household_category_change (household_id, position, category, monitored_kind, from_date, reason)"
				+ " select id, 1, 'LIFTED', null, make_date(2016 + (n % 4)::int, 12, 1), '达到脱贫标准' from demo_hh_id"
				+ " where category = 'LIFTED' or monitored_kind = 'UNSTABLE'");
		jdbc.update("insert into household_category_change (household_id, position, category, monitored_kind, from_date, reason)"
				+ " select id, 2, 'MONITORED', 'UNSTABLE', ?::date - (30 + n % 300)::int, '因病收入下降' from demo_hh_id"
				+ " where monitored_kind = 'UNSTABLE'", today);
		jdbc.update("insert into household_income (household_id, year, per_person)"
				+ " select id, ? - y, round(latest_income * (1 - y * 0.06), 2) from demo_hh_id cross join generate_series(0, 2) y",
				today.getYear() - 1);

		// Pairings: the first unit linked to each village, its villages ranked (member's first), its cadres ranked
		// (member and leader first); household g of the r-th village of a unit goes to cadre r * 5 + (g - 1) / 4.
		jdbc.execute("create temp table demo_slot on commit drop as select village_id, unit_id, row_number() over"
				+ " (partition by unit_id order by (village_id = " + mv + ") desc, village_id) - 1 as r from"
				+ " (select distinct on (l.village_id) l.village_id, l.unit_id from aid_unit_village l"
				+ " join village v on v.id = l.village_id where v.category = 'REGISTERED_POOR'"
				+ " order by l.village_id, (l.village_id = " + mv + " and l.unit_id = (select unit_id from cadre"
				+ " where id = " + m + ")) desc, l.unit_id) x");
		jdbc.execute("create temp table demo_cadre on commit drop as select id, unit_id, row_number() over"
				+ " (partition by unit_id order by (id = " + m + ") desc, (id = " + l + ") desc, (id = " + c + ") desc, id)"
				+ " - 1 as k"
				+ " from cadre where active");
		jdbc.execute("create index on demo_cadre (unit_id, k)");
		int cutoff = per - 2;
		jdbc.update("insert into pairing (household_id, cadre_id, from_date, to_date, end_reason, version, created_at,"
				+ " created_by, modified_at, modified_by)"
				+ " select d.id, c.id, case when d.g % 9 = 4 then date_trunc('month', ?::date)::date - 12"
				+ " else ?::date - (70 + (d.n * 17) % 500)::int end, null, null, " + AUDIT
				+ " from demo_hh_id d join demo_slot s on s.village_id = d.village_id"
				+ " join demo_cadre c on c.unit_id = s.unit_id and c.k = s.r * 5 + (d.g - 1) / 4"
				+ " where d.g <= " + cutoff + " and (d.g - 1) / 4 < 5 order by d.n", today, today);
		jdbc.update("insert into pairing (household_id, cadre_id, from_date, to_date, end_reason, version, created_at,"
				+ " created_by, modified_at, modified_by)"
				+ " select p.household_id, c.id, p.from_date - 400, p.from_date - 1, 'HANDOVER', " + AUDIT
				+ " from pairing p join demo_hh_id d on d.id = p.household_id"
				+ " join demo_slot s on s.village_id = d.village_id"
				+ " join demo_cadre c on c.unit_id = s.unit_id and c.k = s.r * 5 + ((d.g - 1) / 4 + 1) % 5"
				+ " where p.to_date is null and d.g % 6 = 0 order by d.n");
		jdbc.update("update household h set cadre_id = p.cadre_id, paired_since = x.since"
				+ " from pairing p, (select household_id, min(from_date) as since from pairing group by household_id) x"
				+ " where p.household_id = h.id and p.to_date is null and x.household_id = h.id");
		contacts(jdbc, today, m, c);
		monitoring(jdbc, today);
	}

	/**
	 * Fifteen monitoring cases of monitored households across every state: two still before the district's
	 * confirmation past their 15-day deadline (a flag 20 days ago not verified, one 18 days ago not published), the
	 * others in time, confirmed with measures, cleared or not included.
	 */
	private static void monitoring(JdbcTemplate jdbc, LocalDate today) {
		String offset = "(array[20, 3, 18, 5, 8, 7, 12, 11, 40, 55, 60, 120, 150, 50, 45])[r]";
		String state = "(array['FLAGGED','FLAGGED','VERIFIED','VERIFIED','IN_PUBLICITY','IN_PUBLICITY','TOWN_APPROVED',"
				+ "'TOWN_APPROVED','CONFIRMED','CONFIRMED','CONFIRMED','CLEARED','CLEARED','NOT_INCLUDED','NOT_INCLUDED'])[r]";
		jdbc.update("insert into monitoring_case (household_id, flagged_on, source, flag_reason, income, deadline, state,"
				+ " verified_on, publicity_from, town_reviewed_on, confirmed_on, closed_on, close_reason,"
				+ " version, created_at, created_by, modified_at, modified_by)"
				+ " select id, f, (array['SELF_REPORT','CADRE_VISIT','DEPARTMENT_DATA'])[1 + r % 3],"
				+ " (array['家庭成员患大病，医疗支出骤增','主要劳动力失业，收入大幅下降','房屋受灾损毁','子女上学支出增加'])[1 + r % 4],"
				+ " latest_income, f + 15, st, case when r >= 3 then f + 1 end, case when r >= 5 then f + 2 end,"
				+ " case when r >= 7 then f + 8 end, case when r between 9 and 13 then f + 10 end,"
				+ " case when r in (12, 13) then f + 90 when r >= 14 then f + 8 end,"
				+ " case when r in (12, 13) then '收入稳定，风险消除' when r >= 14 then '家庭收入高于监测标准' end, " + AUDIT
				+ " from (select d.id, d.latest_income, r, ?::date - " + offset + " as f, " + state + " as st"
				+ " from (select id, latest_income, cast(row_number() over (order by n) as int) as r from demo_hh_id"
				+ " where category = 'MONITORED') d where r <= 15) x order by r", today);
		// One to three structured measures of each confirmed or cleared case, from the confirmation on, each the
		// responsibility of the unit of the household's cadre (else the first unit linked to its village).
		jdbc.update("insert into monitoring_measure (case_id, kind, start_date, end_date, unit_id, result, version,"
				+ " created_at, created_by, modified_at, modified_by)"
				+ " select m.id, (array['HEALTH','EMPLOYMENT','INDUSTRY','EDUCATION','SOCIAL_SECURITY','HOUSING'])"
				+ "[1 + (m.id + k) % 6], m.confirmed_on + k * 3, case when m.state = 'CLEARED' or k = 0"
				+ " then least(m.confirmed_on + k * 3 + 20, ?::date) end,"
				+ " coalesce((select c.unit_id from cadre c where c.id = h.cadre_id),"
				+ " (select min(l.unit_id) from aid_unit_village l where l.village_id = h.village_id)),"
				+ " (array['落实大病医疗救助，自付部分已报销','安排公益岗位，月增收 800 元','发放产业奖补资金，发展养殖',"
				+ "'落实教育资助，子女学费已减免','纳入低保，按月发放','危房改造完成，已入住'])[1 + (m.id + k) % 6], "
				+ AUDIT + " from monitoring_case m join household h on h.id = m.household_id"
				+ " cross join generate_series(0, 2) k"
				+ " where m.created_by = 'demo' and m.state in ('CONFIRMED', 'CLEARED') and k <= m.id % 3"
				+ " and m.confirmed_on + k * 3 <= ?::date order by m.id, k", today, today);
	}

	/**
	 * Three months of contacts of the running pairings: a contact most months (a ninth of the households missed last
	 * month, half have none yet this month), home visits mostly in the month two back and last month, so that some
	 * households are overdue for a contact or a home visit; the first household of {@code member} and of
	 * {@code cadre} was last called two months ago and is overdue for both.
	 */
	private static void contacts(JdbcTemplate jdbc, LocalDate today, long member, long cadre) {
		jdbc.update("insert into contact_log (household_id, pairing_id, cadre_id, contact_date, kind, food_ok, clothing_ok,"
				+ " education_ok, medical_ok, housing_ok, water_ok, problems, help_given, policies, income_change,"
				+ " satisfaction, on_behalf, version, created_at, created_by, modified_at, modified_by)"
				+ " select p.household_id, p.id, p.cadre_id, x.d,"
				+ " case when (mo = 2 and h.n % 3 <> 0) or (mo = 1 and h.n % 2 = 0) or (mo = 0 and h.n % 5 = 0)"
				+ " then 'HOME_VISIT' else 'PHONE' end, true, true, h.n % 23 <> 0, h.n % 19 <> 0, h.n % 29 <> 0, true,"
				+ " case when h.n % 19 = 0 then '慢性病用药负担重' when h.n % 23 = 0 then '子女上学交通不便'"
				+ " when h.n % 29 = 0 then '房屋漏雨' end,"
				+ " (array['宣讲政策，了解生产生活情况','联系务工岗位','协调申请临时救助','帮助销售农产品','落实医保报销'])[1 + (h.n + mo) % 5],"
				+ " case when (h.n + mo) % 4 = 0 then '产业奖补、公益岗位' end,"
				+ " case when (h.n + mo) % 6 = 0 then '务工收入增加' end,"
				+ " case when h.n % 31 = 0 then 'BASICALLY' else 'SATISFIED' end, (h.n + mo) % 7 = 0, " + AUDIT
				+ " from pairing p join demo_hh_id h on h.id = p.household_id cross join generate_series(0, 2) mo"
				+ " cross join lateral (select (date_trunc('month', ?::date) - make_interval(months => mo))::date"
				+ " + ((h.n * 7 + mo * 3) % 27)::int as d) x"
				+ " where p.to_date is null and x.d >= p.from_date and x.d < ?::date"
				+ " and not (mo = 1 and h.n % 9 = 0) and not (mo = 0 and h.n % 2 = 0)"
				+ " and not (p.cadre_id in (?, ?) and mo < 2 and p.household_id = (select min(household_id) from pairing"
				+ " q where q.cadre_id = p.cadre_id and q.to_date is null))"
				+ " order by h.n, mo desc", today, today, member, cadre);
		jdbc.update("update contact_log l set kind = 'PHONE' where l.cadre_id in (?, ?) and l.household_id = (select"
				+ " min(household_id) from pairing q where q.cadre_id = l.cadre_id and q.to_date is null)", member,
				cadre);
		jdbc.update("update household h set last_contact_on = x.last_contact, last_home_visit_on = x.last_visit"
				+ " from (select household_id, max(contact_date) as last_contact,"
				+ " max(contact_date) filter (where kind = 'HOME_VISIT') as last_visit from contact_log"
				+ " group by household_id) x where x.household_id = h.id");
	}
}
