package org.zhucun.oversight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.DemoData;
import org.zhucun.shared.web.Formats;

/**
 * The demo's supervision: a dozen findings in every state, two of them overdue, most about the demo unit (so that
 * {@code unit} has findings to answer and {@code office} answers to verify), one made from a spot check's
 * discrepancy of the demo, which it links back to; two interviews, one recall with its replacement, one
 * published notice of last month, three stories.
 */
@Component
@Profile("demo")
class OversightDemoData implements DemoData {

	private static final String OFFICE = "脱贫办 刘芳";

	private static final String UNIT = "张丽";

	@Override
	public int order() {
		return 120;
	}

	/** One demo finding: about whom, what, when found, the deadline, its state and the texts of its steps. */
	private record Demo(String subjectKind, long unitId, Long teamId, Long cadreId, Long townId, String source,
			String description, LocalDate foundOn, LocalDate deadline, String state, String answer, String reason,
			String factKind, Long factId) {
	}

	@Override
	public void load(Context context) {
		JdbcTemplate jdbc = context.jdbc();
		LocalDate today = context.today();
		List<Long> demoUnit = jdbc.queryForList("select unit_id from account where username = 'unit'", Long.class);
		if (demoUnit.isEmpty()) {
			return;
		}
		long unitId = demoUnit.get(0);
		// The demo unit's active team, its town and two of its members; and four other units with an active team.
		List<Map<String, Object>> teams = jdbc.queryForList("""
				select t.id as team_id, t.unit_id, v.town_id,
				       (select min(m.cadre_id) from team_membership m where m.team_id = t.id and m.left_on is null) as cadre_id,
				       (select max(m.cadre_id) from team_membership m where m.team_id = t.id and m.left_on is null) as cadre2_id
				from work_team t join village v on v.id = t.village_id
				where t.status = 'ACTIVE'
				order by (t.unit_id = ?) desc, t.id limit 5""", unitId);
		if (teams.size() < 5 || !num(teams.get(0), "unit_id").equals(unitId)) {
			return;
		}
		Map<String, Object> own = teams.get(0);
		Long ownTeam = num(own, "team_id");
		Long ownTown = num(own, "town_id");
		Long ownCadre = num(own, "cadre_id");
		Long ownCadre2 = num(own, "cadre2_id");
		if (ownCadre == null || num(teams.get(2), "cadre_id") == null) {
			return;
		}
		// A discrepancy of the demo (absent on a day declared in the village), if there is one.
		List<Map<String, Object>> discrepancies = jdbc.queryForList("""
				select s.id, s.cadre_id, s.team_id, s.town_id, c.unit_id, s.day from spot_check s
				join day_record d on d.cadre_id = s.cadre_id and d.day = s.day and d.status = 'IN_VILLAGE'
				join cadre c on c.id = s.cadre_id
				where not s.found_present order by s.day, s.id limit 1""");
		List<Demo> demos = new java.util.ArrayList<>(List.of(
				new Demo("CADRE", unitId, ownTeam, ownCadre, ownTown, "UNANNOUNCED_VISIT",
						"暗访时该干部不在村，村委会反映其本周仅到岗两天，未按规定履行请假手续。", today.minusDays(5),
						today.plusDays(10), "ASSIGNED", null, null, null, null),
				new Demo("TEAM", unitId, ownTeam, null, ownTown, "FIELD_VISIT",
						"工作队驻村日志记录不全，10月份有6天无工作记录，民情台账未及时更新。", today.minusDays(40),
						today.minusDays(10), "ASSIGNED", null, null, null, null),
				new Demo("UNIT", unitId, null, null, null, "REPORT_REVIEW",
						"单位主要负责同志本季度未到联系村走访，未召开专题研究驻村帮扶工作会议。", today.minusDays(30),
						today.minusDays(2), "SENT_BACK", "已安排主要负责同志下周到村走访。", "整改情况只有计划，没有走访记录和会议纪要，请补充。",
						null, null),
				new Demo("CADRE", unitId, ownTeam, ownCadre2, ownTown, "COMPLAINT",
						"群众反映该队员入户走访次数少，对结对户家庭情况不熟悉。", today.minusDays(20), today.plusDays(5),
						"ANSWERED", "已组织该队员逐户走访结对户12户，建立走访台账，附走访照片。", null, null, null),
				new Demo("TEAM", unitId, ownTeam, null, ownTown, "FIELD_VISIT",
						"工作队公示牌信息未更新，队员调整后未及时公示。", today.minusDays(45), today.minusDays(25),
						"CLOSED", "已更新公示牌并拍照留存。", null, null, null),
				new Demo("UNIT", num(teams.get(1), "unit_id"), null, null, null, "REPORT_REVIEW",
						"10月份月报逾期报送，且帮扶资金使用情况填报不完整。", today.minusDays(3), today.plusDays(12), "OPEN",
						null, null, null, null),
				new Demo("TEAM", num(teams.get(1), "unit_id"), num(teams.get(1), "team_id"), null,
						num(teams.get(1), "town_id"), "FIELD_VISIT", "工作队驻村期间食宿条件未落实，队员多次返城住宿。",
						today.minusDays(12), today.plusDays(3), "ASSIGNED", null, null, null, null),
				new Demo("CADRE", num(teams.get(2), "unit_id"), num(teams.get(2), "team_id"),
						num(teams.get(2), "cadre_id"), num(teams.get(2), "town_id"), "UNANNOUNCED_VISIT",
						"电话抽查两次无人接听，事后说明理由不充分。", today.minusDays(26), today.plusDays(4), "SENT_BACK",
						"该同志已作出书面说明。", "书面说明未经单位审核签字，请补充单位意见。", null, null),
				new Demo("UNIT", num(teams.get(2), "unit_id"), null, null, null, "REPORT_REVIEW",
						"单位本月消费扶贫采购未达进度要求。", today.minusDays(15), today.plusDays(15), "ANSWERED",
						"已组织职工食堂采购联系村农产品，补录采购凭证。", null, null, null),
				new Demo("TEAM", num(teams.get(3), "unit_id"), num(teams.get(3), "team_id"), null,
						num(teams.get(3), "town_id"), "FIELD_VISIT", "工作队未建立村级帮扶项目台账。", today.minusDays(60),
						today.minusDays(30), "CLOSED", "已建立项目台账并经乡镇审核。", null, null, null),
				new Demo("UNIT", num(teams.get(4), "unit_id"), null, null, null, "COMPLAINT",
						"群众反映单位承诺的帮扶项目迟迟未落实。", today.minusDays(50), today.minusDays(20), "CLOSED",
						"项目已于上月开工，附施工照片。", null, null, null)));
		if (!discrepancies.isEmpty()) {
			Map<String, Object> d = discrepancies.get(0);
			demos.add(new Demo("CADRE", num(d, "unit_id"), num(d, "team_id"), num(d, "cadre_id"), num(d, "town_id"),
					"SPOT_CHECK", "抽查发现该干部当日不在村，但当日登记为在村。请说明情况并整改。", today.minusDays(2),
					today.plusDays(13), "OPEN", null, null, "SPOT_CHECK", num(d, "id")));
		}
		else {
			demos.add(new Demo("UNIT", num(teams.get(3), "unit_id"), null, null, null, "SPOT_CHECK",
					"抽查中单位派驻干部多次不在岗，单位管理不到位。", today.minusDays(2), today.plusDays(13), "OPEN", null,
					null, null, null));
		}
		Long firstId = null;
		for (Demo demo : demos) {
			Long id = insert(jdbc, demo, today);
			firstId = firstId == null ? id : firstId;
		}
		interviews(jdbc, today, unitId, ownCadre, firstId);
		recall(jdbc, today);
		notice(jdbc, today, unitId, num(teams.get(1), "unit_id"));
		stories(jdbc, today, unitId, ownTeam, num(teams.get(3), "unit_id"), num(teams.get(3), "team_id"),
				num(teams.get(2), "unit_id"), num(teams.get(2), "cadre_id"));
		nomination(jdbc, today, unitId, ownTeam);
	}

	/** One nomination of the demo unit's own team, submitted a week ago and waiting for the office. */
	private static void nomination(JdbcTemplate jdbc, LocalDate today, long unitId, Long teamId) {
		if (teamId == null) {
			return;
		}
		java.time.YearMonth last = java.time.YearMonth.from(today).minusMonths(1);
		java.time.YearMonth first = last.minusMonths(5);
		String facts = String.join("\n", first + " 至 " + last + " 的 6 个月中有 5 个月符合“五天四夜”",
				first + " 至 " + last + " 本单位干部联系结对户 96 次，入户走访 41 次",
				"本单位 " + last.getYear() + " 年消费帮扶采购 ¥86,400.00");
		jdbc.update("""
				insert into oversight_nomination (nominee_kind, unit_id, team_id, award, reason, facts, nominated_on, state,
				    version, created_at, created_by, modified_at, modified_by)
				values ('TEAM', ?, ?, '示范区脱贫攻坚先进集体', ?, ?, ?, 'SUBMITTED', 0, now(), 'unit', now(), 'unit')""",
				unitId, teamId, "工作队坚持吃住在村，带领群众发展特色种植和庭院经济，结对户全部实现稳定增收。", facts,
				Date.valueOf(today.minusDays(7)));
	}

	/** Three stories: two published (a team, a cadre), one draft. */
	private static void stories(JdbcTemplate jdbc, LocalDate today, long unitId, Long teamId, long unit2, Long team2,
			long unit3, Long cadre3) {
		String insert = """
				insert into oversight_story (title, body, unit_id, team_id, cadre_id, state, published_on, version,
				    created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, ?, ?, ?, ?, 0, now(), 'office', now(), 'office')""";
		jdbc.update(insert, "扎根基层办实事：驻村工作队带领群众发展特色种植",
				"工作队驻村以来，坚持“五天四夜”驻村要求，走遍全村农户，\n引进特色种植项目，带动30余户群众增收。", unitId,
				teamId, null, "PUBLISHED", Date.valueOf(today.minusDays(12)));
		jdbc.update(insert, "第一书记的“民情日记”",
				"她坚持每天记录民情日记，逐户建立帮扶台账，\n解决群众急难愁盼问题20余件。", unit3, null, cadre3, "PUBLISHED",
				Date.valueOf(today.minusDays(30)));
		jdbc.update(insert, "消费帮扶架起产销桥",
				"派出单位组织职工食堂采购联系村农产品，全年采购额超过年度目标。", unit2, team2, null, "DRAFT", null);
	}

	/** One notice of last month, published on the fifth of this month, naming the demo unit and another one. */
	private static void notice(JdbcTemplate jdbc, LocalDate today, long unitId, long otherUnitId) {
		java.time.YearMonth month = java.time.YearMonth.from(today).minusMonths(1);
		Map<String, Object> names = jdbc.queryForMap("select (select name from aid_unit where id = ?) as own, "
				+ "(select name from aid_unit where id = ?) as other", unitId, otherUnitId);
		String body = String.join("\n", "现将" + month.getYear() + "年" + month.getMonthValue()
				+ "月全区驻村帮扶工作督查情况通报如下：", "一、驻村时间未达到“五天四夜”要求",
				"1. " + names.get("own") + "派驻工作队：共2人周未达到驻村要求。", "二、督查问题逾期未整改",
				"1. " + names.get("other") + "：1个督查问题逾期未整改。",
				"请被通报单位对照问题逐项整改，于10个工作日内将整改情况报示范区脱贫办。");
		LocalDate published = today.withDayOfMonth(1).plusDays(4).isAfter(today) ? today
				: today.withDayOfMonth(1).plusDays(4);
		Long id = jdbc.queryForObject("""
				insert into oversight_notice (month, title, body, number_pattern, state, year, seq, number, published_on,
				    version, created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, '济脱贫办〔{year}〕{n}号', 'PUBLISHED', ?, 1, ?, ?, 0, now(), 'office', now(), 'office')
				returning id""", Long.class, month.toString(),
				"关于" + month.getYear() + "年" + month.getMonthValue() + "月驻村帮扶工作情况的通报", body,
				published.getYear(), "济脱贫办〔" + published.getYear() + "〕1号", Date.valueOf(published));
		jdbc.update("insert into oversight_notice_unit (notice_id, unit_id) values (?, ?), (?, ?) on conflict do nothing",
				id, unitId, id, otherUnitId);
	}

	/** Two interviews: the demo unit's cadre of the first finding, and the principal of the unit. */
	private static void interviews(JdbcTemplate jdbc, LocalDate today, long unitId, Long cadreId, Long findingId) {
		String insert = """
				insert into oversight_interview (held_on, unit_id, cadre_id, leader_id, interviewer, reason, finding_id,
				    agreed, follow_up_on, version, created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, now(), 'office', now(), 'office')""";
		jdbc.update(insert, Date.valueOf(today.minusDays(4)), unitId, cadreId, null, "脱贫办 刘芳",
				"暗访时不在村，未履行请假手续。", findingId, "本人作出书面检讨，保证严格执行五天四夜驻村要求。",
				Date.valueOf(today.plusDays(10)));
		List<Long> principal = jdbc.queryForList(
				"select id from unit_leader where unit_id = ? and principal and active order by id limit 1", Long.class,
				unitId);
		if (!principal.isEmpty()) {
			jdbc.update(insert, Date.valueOf(today.minusDays(8)), unitId, null, principal.get(0), "脱贫办 王建华",
					"单位主要负责同志本季度未到联系村走访，后盾作用发挥不够。", null, "本月内到村走访并召开专题会议研究驻村帮扶工作。",
					Date.valueOf(today.plusDays(20)));
		}
	}

	/**
	 * One recall with its replacement: a membership of the demo that ended in the last months and was followed by a
	 * member joining the same team becomes a recall (its reason RECALL), so the story stays consistent with the
	 * attendance of the demo.
	 */
	private static void recall(JdbcTemplate jdbc, LocalDate today) {
		List<Map<String, Object>> ended = jdbc.queryForList("""
				select m.id, m.cadre_id, m.team_id, m.left_on, t.unit_id, v.town_id from team_membership m
				join work_team t on t.id = m.team_id join village v on v.id = t.village_id
				where m.left_on is not null and m.left_on >= ? and m.role = 'MEMBER' and exists (
				    select 1 from team_membership n where n.team_id = m.team_id and n.joined_on >= m.left_on
				      and n.cadre_id <> m.cadre_id)
				order by m.left_on desc, m.id limit 1""", Date.valueOf(today.minusMonths(6)));
		if (ended.isEmpty()) {
			return;
		}
		Map<String, Object> m = ended.get(0);
		LocalDate lastDay = ((Date) m.get("left_on")).toLocalDate();
		jdbc.update("update team_membership set leave_reason = 'RECALL', note = '驻村期间多次不在岗，经约谈后召回调整' "
				+ "where id = ?", m.get("id"));
		jdbc.update("""
				insert into oversight_recall (cadre_id, team_id, unit_id, town_id, membership_id, last_day, replacement_due,
				    reason, version, created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, now(), 'office', now(), 'office')""", m.get("cadre_id"),
				m.get("team_id"), m.get("unit_id"), m.get("town_id"), m.get("id"), Date.valueOf(lastDay),
				Date.valueOf(lastDay.plusDays(7)), "驻村期间多次不在岗，经约谈后仍未改正，召回调整。");
	}

	private static Long insert(JdbcTemplate jdbc, Demo d, LocalDate today) {
		boolean answered = d.answer() != null;
		LocalDate answeredOn = answered ? min(d.foundOn().plusDays(7), today) : null;
		LocalDate closedOn = "CLOSED".equals(d.state()) ? min(d.foundOn().plusDays(10), today) : null;
		Timestamp found = at(d.foundOn(), 9);
		Long id = jdbc.queryForObject("""
				insert into oversight_finding (source, subject_kind, unit_id, team_id, cadre_id, town_id, description,
				    deadline, found_on, state, answer, answered_on, send_back_reason, closed_on, fact_kind, fact_id,
				    version, created_at, created_by, modified_at, modified_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'office', ?, 'office') returning id""",
				Long.class, d.source(), d.subjectKind(), d.unitId(), d.teamId(), d.cadreId(), d.townId(),
				d.description(), Date.valueOf(d.deadline()), Date.valueOf(d.foundOn()), d.state(), d.answer(),
				answeredOn == null ? null : Date.valueOf(answeredOn), d.reason(),
				closedOn == null ? null : Date.valueOf(closedOn), d.factKind(), d.factId(), found, found);
		step(jdbc, id, "OPEN", found, OFFICE, null);
		if (!"OPEN".equals(d.state())) {
			step(jdbc, id, "ASSIGN", at(d.foundOn(), 10), OFFICE, null);
		}
		if (answered) {
			step(jdbc, id, "ANSWER", at(answeredOn, 15), UNIT, d.answer());
		}
		if (d.reason() != null) {
			step(jdbc, id, "SEND_BACK", at(answeredOn, 17), OFFICE, d.reason());
		}
		if (closedOn != null) {
			step(jdbc, id, "CLOSE", at(closedOn, 11), OFFICE, "经核实，整改到位。");
		}
		return id;
	}

	private static void step(JdbcTemplate jdbc, Long id, String action, Timestamp at, String by, String text) {
		jdbc.update("insert into oversight_finding_step (finding_id, action, at, by_name, text) values (?, ?, ?, ?, ?)",
				id, action, at, by, text);
	}

	private static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(Formats.ZONE).toInstant());
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static Long num(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value == null ? null : ((Number) value).longValue();
	}
}
