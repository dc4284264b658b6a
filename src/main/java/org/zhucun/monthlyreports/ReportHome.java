package org.zhucun.monthlyreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.monthlyreports.ReportState;

/**
 * The counts of the home cards and the navigation badge, one query each: the unit's report of this month, the
 * reports waiting for the office's review, the units missing after the last passed due day.
 */
@Component
@Transactional(readOnly = true)
public class ReportHome {

	/** The unit's report of this month: its state (null when not started) and the days to the due date. */
	public record UnitCard(YearMonth month, Long reportId, ReportState state, LocalDate dueDate, long daysToDue) {
	}

	/** The office's view: reports waiting for review; units without a submitted report for the month past due. */
	public record OfficeCard(long waiting, YearMonth missingMonth, long missing) {
	}

	private final JdbcClient jdbc;

	private final ScopeService scopes;

	private final ReportService reports;

	ReportHome(JdbcClient jdbc, ScopeService scopes, ReportService reports) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.reports = reports;
	}

	/** @return for the office, the reports waiting for review; 0 for everyone else */
	public long waitingForSignedIn() {
		if (!this.scopes.current().isOffice()) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from monthly_report where state = 'SUBMITTED'").query(Long.class).single();
	}

	/** @return the signed-in unit's card */
	public Optional<UnitCard> unitCard() {
		DataScope scope = this.scopes.current();
		if (!scope.isUnit() || scope.unitId() == null) {
			return Optional.empty();
		}
		YearMonth month = this.reports.currentMonth();
		LocalDate due = this.reports.dueDate(month);
		long days = ChronoUnit.DAYS.between(this.reports.today(), due);
		return Optional.of(this.jdbc.sql("select id, state from monthly_report where unit_id = ? and month = ?")
			.params(scope.unitId(), month.atDay(1))
			.query((rs, n) -> new UnitCard(month, rs.getLong(1), ReportState.valueOf(rs.getString(2)), due, days))
			.optional()
			.orElse(new UnitCard(month, null, null, due, days)));
	}

	/** @return the office's card */
	public OfficeCard officeCard() {
		this.scopes.requireOffice();
		YearMonth month = this.reports.currentMonth();
		if (!this.reports.today().isAfter(this.reports.dueDate(month))) {
			month = month.minusMonths(1);
		}
		YearMonth missingMonth = month;
		return this.jdbc.sql("""
				select (select count(*) from monthly_report where state = 'SUBMITTED') as waiting,
				       (select count(*) from aid_unit u where u.active and not exists (
				            select 1 from monthly_report r where r.unit_id = u.id and r.month = ? and r.state <> 'DRAFT')
				       ) as missing""")
			.param(missingMonth.atDay(1))
			.query((rs, n) -> new OfficeCard(rs.getLong(1), missingMonth, rs.getLong(2)))
			.single();
	}
}
