package org.zhucun.monthlyreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.support.IntegrationTest;

/**
 * The reminders on a fixed calendar (a month of their own, due on the 25th): 3 days before and on the due day to each
 * unit that has not submitted, the office's digest after it; each once, also with two schedulers at the same time
 * and the job run again.
 */
class ReportRemindersIT extends IntegrationTest {

	@Autowired
	private ReportReminders reminders;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void remindersGoOutThreeDaysBeforeOnTheDayAndTheDigestAfterEachOnce() throws Exception {
		long unit = account("unit");
		long office = account("office");

		this.reminders.send(LocalDate.of(2027, 3, 21));
		assertThat(notices(unit, "monthlyreports.remind-3", "2027-03")).as("4 days before").isZero();

		this.reminders.send(LocalDate.of(2027, 3, 22));
		this.reminders.send(LocalDate.of(2027, 3, 22));
		this.reminders.send(LocalDate.of(2027, 3, 23));
		assertThat(notices(unit, "monthlyreports.remind-3", "2027-03")).isEqualTo(1);
		assertThat(notices(unit, "monthlyreports.remind-due", "2027-03")).isZero();

		twoSchedulers(LocalDate.of(2027, 3, 25));
		assertThat(notices(unit, "monthlyreports.remind-due", "2027-03")).isEqualTo(1);
		assertThat(notices(office, "monthlyreports.digest", "2027-03")).as("not before the day is over").isZero();

		twoSchedulers(LocalDate.of(2027, 3, 26));
		this.reminders.send(LocalDate.of(2027, 3, 27));
		assertThat(notices(office, "monthlyreports.digest", "2027-03")).isEqualTo(1);
		assertThat(notices(unit, "monthlyreports.digest", "2027-03")).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from notice where dedup_key like 'monthlyreports.%.2027-03%'",
				Integer.class)).as("one notice per occasion").isEqualTo(
						this.jdbc.queryForObject("select count(distinct dedup_key) from notice where dedup_key like 'monthlyreports.%.2027-03%'", Integer.class));
	}

	@Test
	void aUnitThatSubmittedIsNotRemindedTheOthersAre() {
		long unitId = this.jdbc.queryForObject("select unit_id from account where username = 'unit'", Long.class);
		long otherUnit = this.jdbc.queryForObject("select min(id) from aid_unit where active and id <> ?", Long.class,
				unitId);
		long other = this.jdbc.queryForObject("""
				insert into account (username, password_hash, display_name, role, unit_id, created_at, modified_at)
				values (?, 'x', '联络员', 'UNIT_ADMIN', ?, now(), now()) returning id""", Long.class,
				"r" + System.nanoTime(), otherUnit);
		this.jdbc.update("""
				insert into monthly_report (unit_id, month, state, due_date, facts, facts_at, submissions, submitted_at,
				                            created_at, modified_at)
				values (?, '2027-04-01', 'SUBMITTED', '2027-04-25', '{"attendance":[]}', now(), 1, now(), now(), now())""",
				unitId);
		this.reminders.send(LocalDate.of(2027, 4, 22));
		this.reminders.send(LocalDate.of(2027, 4, 25));
		assertThat(notices(account("unit"), "monthlyreports.remind-3", "2027-04")
				+ notices(account("unit"), "monthlyreports.remind-due", "2027-04")).isZero();
		assertThat(notices(other, "monthlyreports.remind-3", "2027-04")).isEqualTo(1);
		assertThat(notices(other, "monthlyreports.remind-due", "2027-04")).isEqualTo(1);
	}

	private void twoSchedulers(LocalDate day) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Boolean> run = () -> this.reminders.runLocked(day);
			pool.invokeAll(List.of(run, run));
		}
		finally {
			pool.shutdown();
		}
	}

	private long account(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	private int notices(long account, String kind, String month) {
		return this.jdbc.queryForObject("""
				select count(*) from notice n join notice_recipient r on r.notice_id = n.id
				where r.account_id = ? and n.kind = ? and n.args[1] = ?""", Integer.class, account, kind, month);
	}
}
