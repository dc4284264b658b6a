package org.zhucun.monthlyreports;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.monthlyreports.ReportContent.CadreLine;
import org.zhucun.monthlyreports.ReportContent.Households;
import org.zhucun.monthlyreports.ReportContent.LeaderVisits;
import org.zhucun.monthlyreports.ReportContent.PurchaseFigures;
import org.zhucun.monthlyreports.ReportContent.Texts;
import org.zhucun.monthlyreports.ReportContent.Visit;
import org.zhucun.monthlyreports.domain.ReportRules;
import org.zhucun.shared.platform.DemoData;
import org.zhucun.shared.settings.PolicySettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's monthly reports for the last three months, dated from the load day: two months back and last month
 * nearly all accepted, some late, one returned and resubmitted (waiting for review, its changes to see); this month
 * submitted by most units once the due day has passed, a few missing, and the demo unit ({@code unit}) with a draft.
 * In the city-sized district, twelve months of reports of every unit, written set-based, for measuring the pages.
 */
@Component
@Profile("demo")
class ReportDemoData implements DemoData {

	private static final String[] WORK = { "组织驻村工作队入户走访脱贫户和监测户，逐户核实“两不愁三保障”情况。",
			"召开村“两委”会议和党员大会，研究产业发展和人居环境整治。", "协调单位资金支持村集体光伏电站维护，落实公益岗位。",
			"开展消费帮扶，组织单位职工采购村特色农产品。", "落实防返贫动态监测，新识别监测户已制定帮扶措施。" };

	private static final String[] PROBLEMS = { "部分农户产业收入不稳定。", "村内道路雨季损坏，需要维修。", "", "劳务输出信息渠道较少。" };

	private static final String[] HELP = { "", "请协调交通部门对村道进行维修。", "希望镇里帮助对接就业岗位。", "" };

	private static final String[] NEXT = { "继续开展入户走访，做好监测帮扶。", "推进村集体经济项目，完善利益联结机制。", "组织开展技能培训。" };

	private final ReportFacts facts;

	private final PolicySettings settings;

	private final JsonMapper json;

	ReportDemoData(ReportFacts facts, PolicySettings settings, JsonMapper json) {
		this.facts = facts;
		this.settings = settings;
		this.json = json;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public void load(Context context) {
		if (context.scale() == Scale.CITY) {
			loadCity(context);
			return;
		}
		JdbcTemplate jdbc = context.jdbc();
		Long demoUnit = jdbc.queryForList("select unit_id from account where username = 'unit'", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
		List<Long> units = jdbc.queryForList("select id from aid_unit where active order by id", Long.class);
		YearMonth current = YearMonth.from(context.today());
		boolean returnedDone = false;
		for (int back = 2; back >= 0; back--) {
			YearMonth month = current.minusMonths(back);
			LocalDate due = ReportSettings.dueDate(this.settings, month);
			for (int i = 0; i < units.size(); i++) {
				Long unit = units.get(i);
				ReportContent content = this.facts.of(unit, month)
					.with(new Texts(WORK[(i + back) % WORK.length] + WORK[(i + back + 2) % WORK.length],
							PROBLEMS[(i + back) % PROBLEMS.length], HELP[(i + back) % HELP.length],
							NEXT[(i + back) % NEXT.length]));
				if (back == 0) {
					boolean pastDue = context.today().isAfter(due);
					if (unit.equals(demoUnit)) {
						draft(jdbc, unit, month, due, content, context.today());
					}
					else if (pastDue && i % 9 != 4) {
						LocalDate day = i % 7 == 3 ? due.plusDays(1) : due.minusDays(1 + i % 5);
						submit(jdbc, unit, month, due, content, day, i % 3 == 0 ? "ACCEPTED" : "SUBMITTED", null);
					}
					else if (!pastDue && i % 3 == 0) {
						submit(jdbc, unit, month, due, content, context.today(), "SUBMITTED", null);
					}
					continue;
				}
				LocalDate day = i % 8 == 5 ? due.plusDays(1 + i % 3) : due.minusDays(1 + i % 6);
				if (back == 1 && !returnedDone && !unit.equals(demoUnit) && i >= 2) {
					Texts before = new Texts(WORK[i % WORK.length], "", "", NEXT[i % NEXT.length]);
					submit(jdbc, unit, month, due, content, day, "SUBMITTED", content.with(before));
					returnedDone = true;
					continue;
				}
				submit(jdbc, unit, month, due, content, day, "ACCEPTED", null);
			}
		}
	}

	/** Writes a draft pre-filled from the records. */
	private void draft(JdbcTemplate jdbc, Long unit, YearMonth month, LocalDate due, ReportContent content,
			LocalDate today) {
		Timestamp at = at(today.isBefore(month.atDay(1)) ? month.atDay(1) : today, 9);
		Long id = jdbc.queryForObject("""
				insert into monthly_report (unit_id, month, state, due_date, facts, facts_at, work_done, created_at,
				                            created_by, modified_at, modified_by)
				values (?, ?, 'DRAFT', ?, ?::jsonb, ?, ?, ?, 'unit', ?, 'unit') returning id""", Long.class, unit,
				month.atDay(1), due, this.json.writeValueAsString(content.with(Texts.EMPTY)), at,
				content.texts().workDone(), at, at);
		event(jdbc, id, "DRAFT", null, "DRAFT", null, at);
	}

	/**
	 * Writes a submitted report in the state; with a first version, that version was submitted first, returned with
	 * a comment and resubmitted as the content.
	 */
	private void submit(JdbcTemplate jdbc, Long unit, YearMonth month, LocalDate due, ReportContent content,
			LocalDate day, String state, ReportContent firstVersion) {
		Timestamp started = at(month.atDay(1), 9);
		Timestamp submitted = at(day, 16);
		boolean late = ReportRules.late(submitted.toInstant(), due);
		int submissions = firstVersion == null ? 1 : 2;
		Timestamp first = firstVersion == null ? submitted : at(day.minusDays(4), 10);
		Timestamp decided = "ACCEPTED".equals(state) ? at(day.plusDays(2), 10) : null;
		Texts texts = content.texts();
		Long id = jdbc.queryForObject("""
				insert into monthly_report (unit_id, month, state, due_date, facts, facts_at, work_done, problems,
				                            help_needed, next_plan, submissions, first_submitted_at, submitted_at, late,
				                            decided_at, created_at, modified_at)
				values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, unit,
				month.atDay(1), state, due, this.json.writeValueAsString(content.with(Texts.EMPTY)), submitted,
				texts.workDone(), texts.problems(), texts.helpNeeded(), texts.nextPlan(), submissions, first,
				submitted, late || (firstVersion != null && ReportRules.late(first.toInstant(), due)), decided,
				started, decided == null ? submitted : decided);
		event(jdbc, id, "DRAFT", null, "DRAFT", null, started);
		if (firstVersion != null) {
			jdbc.update("""
					insert into monthly_report_submission (report_id, number, content, submitted_at, late)
					values (?, 1, ?::jsonb, ?, ?)""", id, this.json.writeValueAsString(firstVersion), first,
					ReportRules.late(first.toInstant(), due));
			event(jdbc, id, "SUBMIT", "DRAFT", "SUBMITTED", null, first);
			Timestamp returned = at(day.minusDays(3), 11);
			jdbc.update("""
					insert into monthly_report_comment (report_id, submission, section, comment, author, author_name, at)
					values (?, 1, 'GENERAL', '请补充存在的问题和需要协调解决的事项，写清楚具体村组。', 'office', '脱贫办 刘芳', ?)""",
					id, returned);
			jdbc.update("""
					insert into monthly_report_comment (report_id, submission, section, comment, author, author_name, at)
					values (?, 1, 'PROBLEMS', '问题部分未填写。', 'office', '脱贫办 刘芳', ?)""", id, returned);
			event(jdbc, id, "RETURN", "SUBMITTED", "RETURNED", "请补充存在的问题和需要协调解决的事项，写清楚具体村组。", returned);
		}
		jdbc.update("""
				insert into monthly_report_submission (report_id, number, content, submitted_at, late)
				values (?, ?, ?::jsonb, ?, ?)""", id, submissions, this.json.writeValueAsString(content), submitted,
				late);
		event(jdbc, id, "SUBMIT", firstVersion == null ? "DRAFT" : "RETURNED", "SUBMITTED", null, submitted);
		if (decided != null) {
			event(jdbc, id, "ACCEPT", "SUBMITTED", "ACCEPTED", null, decided);
		}
	}

	private static void event(JdbcTemplate jdbc, Long id, String action, String from, String to, String reason,
			Timestamp at) {
		jdbc.update("""
				insert into monthly_report_event (report_id, action, from_state, to_state, actor_name, reason, at)
				values (?, ?, ?, ?, ?, ?, ?)""", id, action, from, to,
				"ACCEPT".equals(action) || "RETURN".equals(action) ? "脱贫办 刘芳" : null, reason, at);
	}

	private static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(ZonedDateTime.of(day, LocalTime.of(hour, 0), ReportRules.ZONE).toInstant());
	}

	/** A typical month's figures, the same for every unit of the city data (the workbook's sheets have rows). */
	private static ReportContent cityContent(YearMonth month) {
		LocalDate visit = month.atDay(8);
		return new ReportContent(
				new LeaderVisits(true, 4, 4, true, true,
						List.of(new Visit(null, "单位负责人", true, "示范村", visit, visit.plusDays(1), 2),
								new Visit(null, "分管领导", false, "示范村", visit.plusDays(7), visit.plusDays(10), 4))),
				List.of(new CadreLine(null, "第一书记", "示范村", true, 20, 16, 4, 4, 0, 0, 0, true),
						new CadreLine(null, "工作队员", "示范村", false, 19, 15, 4, 4, 1, 0, 0, true)),
				new Households(24, 30, 12, 1, 2),
				new PurchaseFigures(new BigDecimal("3200.00"), new BigDecimal("3200.00").multiply(
						BigDecimal.valueOf(month.getMonthValue())), new BigDecimal("50000.00"), false,
						new BigDecimal("0.064").multiply(BigDecimal.valueOf(month.getMonthValue()))),
				new Texts(WORK[0] + WORK[1], PROBLEMS[0], HELP[1], NEXT[0]));
	}

	/** Twelve months of every unit's reports, set-based: accepted, a tenth late, this month's a third missing. */
	private void loadCity(Context context) {
		JdbcTemplate jdbc = context.jdbc();
		YearMonth current = YearMonth.from(context.today());
		for (int back = 12; back >= 0; back--) {
			YearMonth month = current.minusMonths(back);
			LocalDate due = ReportSettings.dueDate(this.settings, month);
			String content = this.json.writeValueAsString(cityContent(month));
			boolean thisMonth = back == 0;
			jdbc.update("""
					insert into monthly_report (unit_id, month, state, due_date, facts, facts_at, work_done, problems,
					                            help_needed, next_plan, submissions, first_submitted_at, submitted_at,
					                            late, decided_at, created_at, modified_at)
					select u.id, ?, case when ? then 'SUBMITTED' else 'ACCEPTED' end, ?, ?::jsonb, ?, ?, ?, ?, ?, 1,
					       cast(? as timestamptz) + (case when u.id % 10 = 3 then interval '2 days' else interval '0' end),
					       cast(? as timestamptz) + (case when u.id % 10 = 3 then interval '2 days' else interval '0' end),
					       u.id % 10 = 3, case when ? then null else cast(? as timestamptz) end, ?, ?
					from aid_unit u where u.active and (not ? or u.id % 3 <> 0)""", month.atDay(1), thisMonth, due,
					content, at(due.minusDays(1), 16), WORK[0] + WORK[1], PROBLEMS[0], HELP[1], NEXT[0],
					at(due.minusDays(1), 16), at(due.minusDays(1), 16), thisMonth, at(due.plusDays(3), 10),
					at(month.atDay(1), 9), at(due.minusDays(1), 16), thisMonth);
			jdbc.update("""
					insert into monthly_report_submission (report_id, number, content, submitted_at, late)
					select r.id, 1, r.facts || jsonb_build_object('texts', jsonb_build_object('workDone', r.work_done,
					       'problems', r.problems, 'helpNeeded', r.help_needed, 'nextPlan', r.next_plan)),
					       r.submitted_at, r.late
					from monthly_report r where r.month = ?""", month.atDay(1));
		}
	}
}
