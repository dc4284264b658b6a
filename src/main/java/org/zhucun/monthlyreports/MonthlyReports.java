package org.zhucun.monthlyreports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.monthlyreports.ReportState;
import org.zhucun.shared.settings.PolicySettings;

/**
 * The monthly reports' facts for other modules (oversight): the reports returned and not yet resubmitted, and the
 * units late or missing for a month. No scope check: the caller checks. One query each.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyReports {

	/** A report returned to its unit and not resubmitted. */
	public record ReturnedReport(Long reportId, Long unitId, String unitName, YearMonth month, Instant returnedAt) {
	}

	/**
	 * A unit whose report of the month was submitted late, or is missing.
	 * @param reportId the report, or null when none was started
	 * @param state its state (null when none was started); DRAFT counts as missing
	 * @param late whether it was submitted after the due day
	 * @param dueDate the month's due date
	 */
	public record LateOrMissing(Long unitId, String unitName, Long reportId, ReportState state, boolean late,
			LocalDate dueDate) {

		/** @return whether no report was submitted */
		public boolean missing() {
			return this.state == null || this.state == ReportState.DRAFT;
		}
	}

	private final JdbcClient jdbc;

	private final PolicySettings settings;

	MonthlyReports(JdbcClient jdbc, PolicySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** @return the month's reports in the RETURNED state, by unit name */
	public List<ReturnedReport> returned(YearMonth month) {
		return this.jdbc.sql("""
				select r.id, r.unit_id, u.name, r.decided_at from monthly_report r join aid_unit u on u.id = r.unit_id
				where r.month = ? and r.state = 'RETURNED' order by u.name, r.id""")
			.param(month.atDay(1))
			.query((rs, n) -> new ReturnedReport(rs.getLong(1), rs.getLong(2), rs.getString(3), month,
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** @return the active units whose report of the month was submitted late or not at all, by unit name */
	public List<LateOrMissing> lateOrMissing(YearMonth month) {
		LocalDate due = ReportSettings.dueDate(this.settings, month);
		return this.jdbc.sql("""
				select u.id, u.name, r.id as report_id, r.state, coalesce(r.late, false) as late
				from aid_unit u left join monthly_report r on r.unit_id = u.id and r.month = ?
				where u.active and (r.id is null or r.state = 'DRAFT' or r.late) order by u.name, u.id""")
			.param(month.atDay(1))
			.query((rs, n) -> new LateOrMissing(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
					rs.getString(4) == null ? null : ReportState.valueOf(rs.getString(4)), rs.getBoolean(5), due))
			.list();
	}
}
