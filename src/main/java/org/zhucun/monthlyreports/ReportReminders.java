package org.zhucun.monthlyreports;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhucun.notifications.Notifications;
import org.zhucun.notifications.Scheduling;

/**
 * The reminders of the monthly report (DOMAIN §9): to each unit that has not submitted, from 3 days before the due day
 * and on the day; to the office, once after the due day, a digest of the units still missing. Run every morning on
 * one instance (ShedLock); every notice carries a dedup key naming its occasion, so two instances, a second run the
 * same day or a restart never send one twice, and a day the job missed is caught up the next.
 */
@Component
public class ReportReminders {

	/** Days before the due day from which the first reminder goes out. */
	public static final int DAYS_BEFORE = 3;

	private final ReportService reports;

	private final Notifications notifications;

	private final Scheduling scheduling;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportReminders(ReportService reports, Notifications notifications, Scheduling scheduling, JdbcClient jdbc,
			Clock clock) {
		this.reports = reports;
		this.notifications = notifications;
		this.scheduling = scheduling;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${zhucun.reports.reminder-cron}", zone = "Asia/Shanghai")
	void scheduled() {
		runLocked(LocalDate.now(this.clock));
	}

	/** Runs the day's reminders unless another instance is running them. @return whether they ran here */
	public boolean runLocked(LocalDate today) {
		return this.scheduling.runLocked("monthlyreports.reminders", Duration.ofMinutes(30), Duration.ofSeconds(30),
				() -> send(today));
	}

	/** Sends the reminders due on the day that were not sent before. @return how many notices were sent now */
	public int send(LocalDate today) {
		YearMonth month = YearMonth.from(today);
		LocalDate due = this.reports.dueDate(month);
		long daysToDue = ChronoUnit.DAYS.between(today, due);
		int sent = 0;
		if (daysToDue >= 0 && daysToDue <= DAYS_BEFORE) {
			String kind = daysToDue == 0 ? "remind-due" : "remind-3";
			for (Long unitId : notSubmitted(month)) {
				boolean now = this.notifications.sendToUnit(unitId, "monthlyreports." + kind,
						"monthlyreports.notice." + kind, new Object[] { month.toString(), due.toString() },
						"/monthly-reports", "monthlyreports." + kind + "." + month + ".unit-" + unitId);
				sent += now ? 1 : 0;
			}
		}
		if (today.isAfter(due)) {
			int missing = notSubmitted(month).size();
			if (missing > 0 && this.notifications.sendToOffice("monthlyreports.digest", "monthlyreports.notice.digest",
					new Object[] { month.toString(), missing }, "/monthly-reports?status=MISSING&month=" + month,
					"monthlyreports.digest." + month)) {
				sent++;
			}
		}
		return sent;
	}

	/** @return the active units without a submitted report for the month (none started, or a draft) */
	private List<Long> notSubmitted(YearMonth month) {
		return this.jdbc.sql("""
				select u.id from aid_unit u
				where u.active and not exists (
				    select 1 from monthly_report r where r.unit_id = u.id and r.month = ? and r.state <> 'DRAFT')
				order by u.id""").param(month.atDay(1)).query(Long.class).list();
	}
}
