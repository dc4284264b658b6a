package org.zhucun.unitduties;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.DemoData;

/**
 * Three months of leader visits and the quarters' meetings for the demo units, dated from the load day: most units
 * comply; a few principals miss a month; some units have no meeting this quarter; one member's visit runs across a
 * month's end; the allowance rate is set; most stationed cadres had this year's health check and a family visit. The {@code unit} account's unit is one day short this month (its principal
 * has been, the other members have one day of two).
 */
@Component
@Profile("demo")
class UnitDutyDemoData implements DemoData {

	/** The demo daily allowance rate, in yuan. */
	static final String DEMO_RATE = "80.00";

	private static final String VISIT = """
			insert into leader_visit (unit_id, leader_id, principal, village_id, first_day, last_day, purpose, findings,
			                          solved, created_at, created_by, modified_at, modified_by)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, 'demo')""";

	private static final String[] PURPOSES = { "调研村集体经济发展", "走访慰问驻村工作队", "督导产业项目进度",
			"研究解决饮水安全问题", "看望困难群众", "检查驻村干部在岗情况" };

	private static final String[] FINDINGS = { "合作社订单不足，销售渠道单一", "工作队住宿条件需改善", "项目用地手续尚未办结",
			"部分农户饮水管网老化", "两户因病返贫风险较高" };

	private static final String[] SOLVED = { "协调单位食堂采购农产品", "购置取暖设备和办公用品", "协调自然资源部门加快办理",
			"落实维修资金两万元", "联系医院开展义诊" };

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void load(Context context) {
		JdbcTemplate jdbc = context.jdbc();
		LocalDate today = context.today();
		YearMonth m0 = YearMonth.from(today);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into policy_setting (key, valid_from, value, note, created_at, created_by, modified_at, "
				+ "modified_by) values ('allowance.daily-rate', ?, ?, '济财〔2019〕5号', ?, 'demo', ?, 'demo')",
				Date.valueOf(m0.minusMonths(2).atDay(1).withDayOfYear(1)), DEMO_RATE, now, now);
		Long demoUnit = jdbc.query("select unit_id from account where username = 'unit'",
				rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null);
		List<Map<String, Object>> units = jdbc.queryForList("""
				select u.id, (select min(village_id) from aid_unit_village l where l.unit_id = u.id) as village_id
				from aid_unit u where u.active order by u.id""");
		List<Object[]> visits = new ArrayList<>();
		List<Object[]> meetings = new ArrayList<>();
		int i = 0;
		for (Map<String, Object> unit : units) {
			Long unitId = ((Number) unit.get("id")).longValue();
			Object village = unit.get("village_id");
			List<Long> leaders = jdbc.queryForList("select id from unit_leader where unit_id = ? and active "
					+ "order by principal desc, sort_order, id", Long.class, unitId);
			if (village == null || leaders.size() < 3) {
				continue;
			}
			boolean demo = unitId.equals(demoUnit);
			Long principal = leaders.get(0);
			List<Long> others = leaders.subList(1, leaders.size());
			Long villageId = ((Number) village).longValue();
			for (int back = 2; back >= 0; back--) {
				YearMonth month = m0.minusMonths(back);
				boolean current = back == 0;
				int lastDay = current ? today.getDayOfMonth() : month.lengthOfMonth();
				boolean principalGoes = demo || !((back == 1 && i % 6 == 2) || (current && i % 5 == 4));
				if (principalGoes) {
					LocalDate day = month.atDay(Math.min(lastDay, 3 + i % 12));
					visits.add(visit(unitId, principal, true, villageId, day, day, i + back, now));
				}
				Long a = others.get((back + i) % others.size());
				Long b = others.get((back + i + 1) % others.size());
				if (current) {
					LocalDate dayA = month.atDay(Math.min(lastDay, 2 + i % 5));
					visits.add(visit(unitId, a, false, villageId, dayA, dayA, i + 1, now));
					if (!demo && i % 3 != 1 && !a.equals(b)) {
						LocalDate dayB = month.atDay(Math.min(lastDay, 9 + i % 7));
						visits.add(visit(unitId, b, false, villageId, dayB, dayB, i + 2, now));
					}
					continue;
				}
				LocalDate dayA = month.atDay(10 + i % 8);
				boolean twoDays = !(back == 1 && i % 7 == 5);
				visits.add(visit(unitId, a, false, villageId, dayA, twoDays && a.equals(b) ? dayA.plusDays(1) : dayA,
						i + 3, now));
				if (twoDays && !a.equals(b)) {
					LocalDate dayB = month.atDay(18 + i % 8);
					visits.add(visit(unitId, b, false, villageId, dayB, dayB, i + 4, now));
				}
			}
			if (i % 4 == 0 && others.size() > 1) {
				// A member's visit across the end of the month before last: one day in each month.
				YearMonth m2 = m0.minusMonths(2);
				visits.add(visit(unitId, others.get(others.size() - 1), false, villageId, m2.atEndOfMonth(),
						m2.plusMonths(1).atDay(1), i + 5, now));
			}
			LocalDate quarter = DutyJudge.quarterStart(m0);
			for (LocalDate q = DutyJudge.quarterStart(m0.minusMonths(2)); !q.isAfter(quarter); q = q.plusMonths(3)) {
				boolean thisQuarter = q.equals(quarter);
				if (thisQuarter && !demo && i % 4 == 3) {
					continue;
				}
				LocalDate held = q.plusDays(thisQuarter ? i % 20 : 20 + i % 40);
				if (held.isAfter(today)) {
					held = today;
				}
				meetings.add(new Object[] { unitId, Date.valueOf(held), principal,
						"班子成员、驻村工作队全体队员", i % 5 != 1, "听取驻村工作队工作汇报，研究帮扶项目和资金安排",
						"安排帮扶资金支持村集体产业", SOLVED[i % SOLVED.length], now, now });
			}
			i++;
		}
		jdbc.batchUpdate(VISIT, visits);
		jdbc.batchUpdate("""
				insert into unit_meeting (unit_id, held_on, chair_id, attendees, team_reported, topics, decisions, solved,
				                          created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, 'demo')""", meetings);
		loadCare(jdbc, today);
	}

	/**
	 * This year's care for the stationed cadres: most had their health check (a few not yet), most families were
	 * visited, half received supplies; all dated between the first of January and the load day.
	 */
	private static void loadCare(JdbcTemplate jdbc, LocalDate today) {
		String stationed = " from cadre c where exists (select 1 from team_membership m where m.cadre_id = c.id"
				+ " and m.left_on is null)";
		String day = "cast(date_trunc('year', cast(? as date)) as date) + cast((c.id * %d) %% extract(doy from cast(? as date)) as int)";
		Date on = Date.valueOf(today);
		jdbc.update("insert into cadre_health_check (unit_id, cadre_id, checked_on, note, created_at, created_by,"
				+ " modified_at, modified_by) select c.unit_id, c.id, " + day.formatted(37)
				+ ", '单位统一组织年度体检', now(), 'demo', now(), 'demo'" + stationed + " and c.id % 7 <> 3", on, on);
		jdbc.update("insert into cadre_family_visit (unit_id, cadre_id, visited_on, visited_by, brought, created_at,"
				+ " created_by, modified_at, modified_by) select c.unit_id, c.id, " + day.formatted(53)
				+ ", '单位工会主席', '米、面、油和慰问信', now(), 'demo', now(), 'demo'" + stationed + " and c.id % 5 <> 2", on,
				on);
		jdbc.update("insert into cadre_supply (unit_id, cadre_id, provided_on, what, created_at, created_by,"
				+ " modified_at, modified_by) select c.unit_id, c.id, " + day.formatted(29)
				+ ", '被褥、取暖器和办公用品', now(), 'demo', now(), 'demo'" + stationed + " and c.id % 2 = 0", on, on);
	}

	private static Object[] visit(Long unit, Long leader, boolean principal, Long village, LocalDate first,
			LocalDate last, int k, Timestamp now) {
		return new Object[] { unit, leader, principal, village, Date.valueOf(first), Date.valueOf(last),
				PURPOSES[k % PURPOSES.length], FINDINGS[k % FINDINGS.length], SOLVED[k % SOLVED.length], now, now };
	}
}
