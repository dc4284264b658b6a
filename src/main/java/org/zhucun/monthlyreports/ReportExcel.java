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
