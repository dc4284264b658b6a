package org.zhucun.monthlyreports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.ScopeService;
import org.zhucun.monthlyreports.Completeness.UnitRow;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.shared.web.Formats;

/**
 * The month's Excel files: the completeness table in scope, and for the office one workbook with every submitted
 * report of the month (a summary sheet, then one sheet per section across units). The workbook is streamed: each sheet
 * is one database query read row by row and written as it comes, whatever the number of units.
 */
@Component
public class ReportExcel {

	/** Something that opens the response's body once the file is known to be writable. */
	@FunctionalInterface
	public interface Target {

		OutputStream open() throws IOException;
	}

	private static final String SUBMITTED = """
			from monthly_report r
			join aid_unit u on u.id = r.unit_id
			join monthly_report_submission s on s.report_id = r.id and s.number = r.submissions
			where r.month = ? and r.state <> 'DRAFT'
			""";

	private final CompletenessService completeness;

	private final ScopeService scopes;

	private final ExcelTexts texts;

	private final JdbcTemplate jdbc;

	ReportExcel(CompletenessService completeness, ScopeService scopes, ExcelTexts texts, JdbcTemplate jdbc) {
		this.completeness = completeness;
		this.scopes = scopes;
		this.texts = texts;
		this.jdbc = jdbc;
	}

	/** @return the file name of the completeness table */
	public String completenessFileName(YearMonth month) {
		return this.texts.get("monthlyreports.excel.completeness-file", month.toString());
	}

	/** @return the file name of the month's workbook */
	public String workbookFileName(YearMonth month) {
		return this.texts.get("monthlyreports.excel.workbook-file", month.toString());
	}

	/** Writes the month's completeness in the signed-in account's scope. */
	@Transactional(readOnly = true)
	public void completeness(YearMonth month, Target target) throws IOException {
		List<UnitRow> rows = this.completeness.rows(month);
		try (XlsxWriter xlsx = new XlsxWriter(target.open())) {
			xlsx.sheet(month.toString(), List.of(t("monthlyreports.col.unit"), t("monthlyreports.col.town"),
					t("monthlyreports.col.status"), t("monthlyreports.late"), t("monthlyreports.col.submitted")));
			for (UnitRow r : rows) {
				xlsx.row(r.unitName(), r.towns(), this.texts.label("monthlyreports.status.", r.status()),
						r.late() ? this.texts.yesNo(true) : "",
						r.submittedAt() == null ? null : new Formats().dateTime(r.submittedAt()));
			}
		}
	}

	/** Writes every submitted report of the month to one workbook (office only), streamed sheet by sheet. */
	@Transactional(readOnly = true)
	public void workbook(YearMonth month, Target target) throws IOException {
		this.scopes.requireOffice();
		Formats fmt = new Formats();
		java.sql.Date first = java.sql.Date.valueOf(month.atDay(1));
		try (XlsxWriter xlsx = new XlsxWriter(target.open())) {
			xlsx.sheet(t("monthlyreports.excel.summary"),
					List.of(t("monthlyreports.col.unit"), t("monthlyreports.col.state"), t("monthlyreports.late"),
							t("monthlyreports.col.submitted"), t("monthlyreports.col.submissions")));
			this.jdbc.query("select u.name, r.state, r.late, s.submitted_at, r.submissions " + SUBMITTED
					+ " order by u.name, u.id", rs -> {
						row(xlsx, rs.getString(1), this.texts.get("monthlyreports.state." + rs.getString(2)),
								rs.getBoolean(3) ? this.texts.yesNo(true) : "",
								fmt.dateTime(rs.getTimestamp(4).toInstant()), rs.getInt(5));
					}, first);
			leaderVisits(xlsx, first);
			xlsx.sheet(t("monthlyreports.section.ATTENDANCE"),
					List.of(t("monthlyreports.col.unit"), t("monthlyreports.col.cadre"), t("monthlyreports.col.village"),
							t("monthlyreports.col.days"), t("monthlyreports.col.nights"),
							t("monthlyreports.col.weeks-met"), t("monthlyreports.col.weeks-judged"),
							t("monthlyreports.col.leave"), t("monthlyreports.col.absent"),
							t("monthlyreports.col.discrepancies"), t("monthlyreports.col.complies")));
			this.jdbc.query("""
					select u.name, l->>'cadreName', l->>'villageName', (l->>'inVillageDays')::int, (l->>'nights')::int,
					       (l->>'weeksMet')::int, (l->>'weeksJudged')::int, (l->>'leaveDays')::int,
					       (l->>'absentDays')::int, (l->>'discrepancies')::int, (l->>'complies')::boolean
					""" + SUBMITTED.replace("where", "cross join jsonb_array_elements(s.content->'attendance') l\nwhere")
					+ " order by u.name, u.id", rs -> {
						row(xlsx, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
								rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
								this.texts.yesNo(rs.getBoolean(11)));
					}, first);
			households(xlsx, first);
			purchases(xlsx, first);
			for (String[] section : new String[][] { { "WORK_DONE", "workDone" }, { "PROBLEMS", "problems" },
					{ "HELP_NEEDED", "helpNeeded" }, { "NEXT_PLAN", "nextPlan" } }) {
				xlsx.sheet(t("monthlyreports.section." + section[0]),
						List.of(t("monthlyreports.col.unit"), t("monthlyreports.section." + section[0])));
				this.jdbc.query("select u.name, s.content->'texts'->>'" + section[1] + "' " + SUBMITTED
						+ " order by u.name, u.id", rs -> {
							row(xlsx, rs.getString(1), rs.getString(2));
						}, first);
			}
		}
	}

	/** The leadership's duties per unit, then one row per visit. */
	private void leaderVisits(XlsxWriter xlsx, java.sql.Date first) throws IOException {
		xlsx.sheet(t("monthlyreports.section.LEADER_VISITS"),
				List.of(t("monthlyreports.col.unit"), t("monthlyreports.visits.principal"),
						t("monthlyreports.visits.others"), t("monthlyreports.excel.others-required"),
						t("monthlyreports.visits.meeting"), t("monthlyreports.visits.met")));
		this.jdbc.query("""
				select u.name, (v->>'principalVisited')::boolean, (v->>'othersDays')::int,
				       (v->>'othersRequired')::int, (v->>'meetingThisQuarter')::boolean, (v->>'met')::boolean
				""" + SUBMITTED.replace("where", "cross join lateral (select s.content->'leaderVisits' v) x\nwhere")
				+ " and jsonb_typeof(v) = 'object' order by u.name, u.id", rs -> {
					row(xlsx, rs.getString(1), this.texts.yesNo(rs.getBoolean(2)), rs.getInt(3), rs.getInt(4),
							this.texts.yesNo(rs.getBoolean(5)), this.texts.yesNo(rs.getBoolean(6)));
				}, first);
		xlsx.sheet(t("monthlyreports.excel.visits"),
				List.of(t("monthlyreports.col.unit"), t("monthlyreports.col.leader"), t("monthlyreports.col.principal"),
						t("monthlyreports.col.village"), t("monthlyreports.col.dates"),
						t("monthlyreports.col.days-in-month")));
		this.jdbc.query("""
				select u.name, l->>'leaderName', (l->>'principal')::boolean, l->>'villageName', l->>'firstDay',
				       l->>'lastDay', (l->>'daysInMonth')::int
				""" + SUBMITTED.replace("where",
				"cross join jsonb_array_elements(case when jsonb_typeof(s.content->'leaderVisits') = 'object' "
						+ "then s.content->'leaderVisits'->'visits' else '[]'::jsonb end) l\nwhere")
				+ " order by u.name, u.id, l->>'firstDay'", rs -> {
					row(xlsx, rs.getString(1), rs.getString(2), rs.getBoolean(3) ? this.texts.yesNo(true) : "",
							rs.getString(4), this.texts.get("monthlyreports.visit.dates", rs.getString(5), rs.getString(6)),
							rs.getInt(7));
				}, first);
	}

	/** The contacts with the paired households per unit. */
	private void households(XlsxWriter xlsx, java.sql.Date first) throws IOException {
		xlsx.sheet(t("monthlyreports.section.HOUSEHOLDS"),
				List.of(t("monthlyreports.col.unit"), t("monthlyreports.households.paired"),
						t("monthlyreports.households.contacts"), t("monthlyreports.households.home-visits"),
						t("monthlyreports.households.overdue"), t("monthlyreports.households.monitoring")));
		this.jdbc.query("""
				select u.name, (h->>'householdsPaired')::int, (h->>'contacts')::int, (h->>'homeVisits')::int,
				       (h->>'householdsOverdue')::int, (h->>'monitoringInProgress')::int
				""" + SUBMITTED.replace("where", "cross join lateral (select s.content->'households' h) x\nwhere")
				+ " and jsonb_typeof(h) = 'object' order by u.name, u.id", rs -> {
					row(xlsx, rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
				}, first);
	}

	/** The consumption aid per unit; the progress as a percentage. */
	private void purchases(XlsxWriter xlsx, java.sql.Date first) throws IOException {
		xlsx.sheet(t("monthlyreports.section.PURCHASES"),
				List.of(t("monthlyreports.col.unit"), t("monthlyreports.purchases.month"),
						t("monthlyreports.purchases.year"), t("monthlyreports.purchases.target"),
						t("monthlyreports.excel.progress-percent")));
		this.jdbc.query("""
				select u.name, (p->>'countedThisMonth')::numeric, (p->>'countedYearToDate')::numeric,
				       (p->>'target')::numeric, (p->>'exempt')::boolean, round((p->>'progress')::numeric * 100, 1)
				""" + SUBMITTED.replace("where", "cross join lateral (select s.content->'purchases' p) x\nwhere")
				+ " and jsonb_typeof(p) = 'object' order by u.name, u.id", rs -> {
					Object target = rs.getBoolean(5) ? t("monthlyreports.purchases.exempt") : rs.getBigDecimal(4);
					row(xlsx, rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), target, rs.getBigDecimal(6));
				}, first);
	}

	private static void row(XlsxWriter xlsx, Object... values) {
		try {
			xlsx.row(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String t(String key) {
		return this.texts.get(key);
	}
}
