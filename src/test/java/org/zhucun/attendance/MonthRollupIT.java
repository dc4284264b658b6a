package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.domain.rule.MonthFlag;

/**
 * The month roll-ups (V73) equal a fresh computation after every kind of write: day records (inserted, corrected,
 * deleted, leave days), spot checks, memberships, holidays and make-up working days, settings from a date. Compared
 * row by row with the month computation ({@link MonthCompliance}) and, page by page, the overview read from the
 * roll-ups with the overview computed afresh ({@link OverviewService}), for a month that is over and for the month
 * under way (its open week judged as of today). Not rolled back: the refresh must see committed writes, as in use;
 * the holiday and the setting added here are taken away again.
 */
class MonthRollupIT extends AttendanceIT {

	/** A month that is over: ISO weeks 36 to 39 of 2026, 2026-08-31 to 2026-09-27. */
	private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

	/** The month under way on the tests' day (Saturday 2026-11-28): weeks 45 to 48, the last one open. */
	private static final YearMonth NOVEMBER = YearMonth.from(TODAY);

	private static final List<YearMonth> MONTHS = List.of(SEPTEMBER, NOVEMBER);

	/** The columns of a roll-up row, as the fresh computation gives them. */
	private static final String ROWS = """
			select team_id, cadre_id, judged, complies, nominal, commuting, absent, discrepancies, gap_days,
			       weeks_judged, weeks_met, in_village_days, nights, official_business, leave_days, holiday_days,
			       absent_days
			from attendance_month_rollup where month = ? order by team_id, cadre_id
			""";

	@Autowired
	private MonthRollups rollups;

	@Autowired
	private MonthCompliance compliance;

	@Autowired
	private OverviewRollupService rolledUp;

	@Autowired
	private OverviewService fresh;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void theRollUpsEqualAFreshComputationAfterEveryKindOfWrite() {
		Team team = team();
		assertFresh(team);

		// day records: a member's days and nights, inserted one statement at a time and in bulk
		for (int i = 0; i < 5; i++) {
			day(team, team.memberId(), LocalDate.of(2026, 9, 7).plusDays(i), "IN_VILLAGE", i < 3);
		}
		this.jdbc.update("""
				insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at, modified_at)
				select ?, ?, d, 'IN_VILLAGE', true, 'SELF', now(), now()
				from generate_series(date '2026-11-02', date '2026-11-27', interval '1 day') d
				""", team.leaderId(), team.teamId());
		day(team, team.memberId(), LocalDate.of(2026, 11, 23), "IN_VILLAGE", true);
		assertFresh(team);

		// a leader's correction, a backfilled day and a deleted one
		this.jdbc.update("update day_record set status = 'ABSENT', overnight = false where cadre_id = ? and day = ?",
				team.memberId(), LocalDate.of(2026, 9, 8));
		day(team, team.memberId(), LocalDate.of(2026, 11, 24), "OFFICIAL_BUSINESS", false);
		this.jdbc.update("delete from day_record where cadre_id = ? and day = ?", team.leaderId(),
				LocalDate.of(2026, 11, 10));
		assertFresh(team);

		// leave days, as the leave module writes them (an ABSENT day of the week under way flags the month at once)
		for (int i = 0; i < 3; i++) {
			day(team, team.memberId(), LocalDate.of(2026, 9, 14).plusDays(i), "LEAVE", false);
		}
		day(team, team.memberId(), LocalDate.of(2026, 11, 25), "ABSENT", false);
		assertFresh(team);

		// spot checks: one that finds the member away on a declared day, then changed, then removed
		long check = spotCheck(team, team.memberId(), LocalDate.of(2026, 9, 7), false);
		assertFresh(team);
		this.jdbc.update("update spot_check set found_present = true where id = ?", check);
		assertFresh(team);
		spotCheck(team, team.leaderId(), LocalDate.of(2026, 11, 12), false);
		this.jdbc.update("delete from spot_check where id = ?", check);
		assertFresh(team);

		// memberships: a cadre joins in September, the member leaves in November
		long joining = cadre(team.unitId());
		this.jdbc.update("insert into team_membership (team_id, cadre_id, role, joined_on, created_at, modified_at)"
				+ " values (?, ?, 'MEMBER', date '2026-09-10', now(), now())", team.teamId(), joining);
		day(team, joining, LocalDate.of(2026, 9, 10), "IN_VILLAGE", true);
		assertFresh(team);
		this.jdbc.update("update team_membership set left_on = date '2026-11-18', leave_reason = 'OTHER'"
				+ " where team_id = ? and cadre_id = ?", team.teamId(), team.memberId());
		assertFresh(team);

		// holidays and make-up working days, added and taken away
		this.jdbc.update("insert into holiday (day, name, created_at, modified_at) values (date '2026-09-09', '测试',"
				+ " now(), now())");
		this.jdbc.update("insert into holiday (day, name, kind, created_at, modified_at) values (date '2026-11-21',"
				+ " '测试调休', 'WORKDAY', now(), now())");
		try {
			assertFresh(team);
		}
		finally {
			this.jdbc.update("delete from holiday where name in ('测试', '测试调休')");
		}
		assertFresh(team);

		// a setting from a date: three nights a week from 2026-09-14, then the setting taken away
		this.jdbc.update("insert into policy_setting (key, valid_from, value, created_at, modified_at)"
				+ " values ('attendance.week-nights', date '2026-09-14', '3', now(), now())");
		try {
			assertFresh(team);
		}
		finally {
			this.jdbc.update("delete from policy_setting where key = 'attendance.week-nights'"
					+ " and valid_from = date '2026-09-14'");
		}
		assertFresh(team);
	}

	@Test
	void aWriteCommittedWhileTheRollUpsAreRefreshedIsNotLost() throws Exception {
		Team team = team();
		assertFresh(team);
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch refreshed = new CountDownLatch(1);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
			day(team, team.memberId(), LocalDate.of(2026, 9, 21), "IN_VILLAGE", true);
			written.countDown();
			await(refreshed);
		}));
		assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
		// the refresh neither waits for the writer nor takes away its line, which it cannot see yet
		tx.executeWithoutResult(status -> this.rollups.refresh(MONTHS));
		refreshed.countDown();
		writer.get(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForObject("select count(*) from attendance_rollup_stale where cadre_id = ?",
				Integer.class, team.memberId())).isPositive();
		assertFresh(team);
	}

	@Test
	void manyChangedCadresJudgeTheMonthAsAWholeWithTheSameFigures() {
		Team team = team();
		assertFresh(team);
		// more changed cadres than the incremental limit: every stationed cadre's day of 2026-09-22 rewritten
		this.jdbc.update("""
				insert into day_record (cadre_id, team_id, day, status, overnight, source, created_at, modified_at)
				select m.cadre_id, m.team_id, date '2026-09-22', 'IN_VILLAGE', true, 'SELF', now(), now()
				from team_membership m
				where m.joined_on <= date '2026-09-22' and (m.left_on is null or m.left_on >= date '2026-09-22')
				on conflict do nothing
				""");
		assertFresh(team);
	}

	/** The roll-ups, refreshed, equal the month computation; the overview from them equals the one afresh. */
	private void assertFresh(Team team) {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		tx.executeWithoutResult(status -> this.rollups.refresh(MONTHS));
		for (YearMonth month : MONTHS) {
			List<String> expected = this.compliance.ofDistrict(month)
				.stream()
				.sorted(Comparator.comparing(CadreMonth::teamId).thenComparing(CadreMonth::cadreId))
				.map(MonthRollupIT::row)
				.toList();
			List<String> stored = this.jdbc.query(ROWS, (rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= 17; i++) {
					row.append(i == 1 ? "" : "|").append(rs.getObject(i));
				}
				return row.toString();
			}, month.atDay(1));
			assertThat(stored).as("roll-ups of %s", month).isEqualTo(expected).isNotEmpty();
			asOffice(() -> {
				assertSameOverview(month, null, null, null, 0);
				assertSameOverview(month, team.townId(), null, null, 0);
				assertSameOverview(month, null, team.townId(), null, 0);
				assertSameOverview(month, null, null, MonthFlag.ABSENT, 0);
				assertSameOverview(month, null, null, null, 1);
				assertSameOverview(month, null, null, null, 99);
			});
		}
	}

	private void assertSameOverview(YearMonth month, Long town, Long listTown, MonthFlag flag, int page) {
		MonthOverview expected = this.fresh.overview(month, town, listTown, flag, page);
		MonthOverview actual = this.rolledUp.overview(month, town, listTown, flag, page);
		String what = month + " town " + town + " list " + listTown + " flag " + flag + " page " + page;
		assertThat(actual.summary()).as(what).isEqualTo(expected.summary());
		assertThat(actual.towns()).as(what).isEqualTo(expected.towns());
		assertThat(actual.teams()).as(what).isEqualTo(expected.teams());
		assertThat(actual.cadres().getContent()).as(what).isEqualTo(expected.cadres().getContent());
		assertThat(actual.cadres().getNumber()).as(what).isEqualTo(expected.cadres().getNumber());
		assertThat(actual.cadres().getTotalElements()).as(what).isEqualTo(expected.cadres().getTotalElements());
		assertThat(actual.discrepancies()).as(what).isEqualTo(expected.discrepancies());
		assertThat(actual.discrepancyTotal()).as(what).isEqualTo(expected.discrepancyTotal());
	}

	private static String row(CadreMonth m) {
		return String.join("|", String.valueOf(m.teamId()), String.valueOf(m.cadreId()),
				String.valueOf(MonthRollups.judged(m)), String.valueOf(m.complies()),
				String.valueOf(m.has(MonthFlag.NOMINAL)), String.valueOf(m.has(MonthFlag.COMMUTING)),
				String.valueOf(m.has(MonthFlag.ABSENT)), String.valueOf(m.discrepancies()),
				String.valueOf(m.gapDays()), String.valueOf(m.weeksJudged()), String.valueOf(m.weeksMet()),
				String.valueOf(m.inVillageDays()), String.valueOf(m.nights()), String.valueOf(m.officialBusinessDays()),
				String.valueOf(m.leaveDays()), String.valueOf(m.holidayDays()), String.valueOf(m.absentDays()));
	}

	private void asOffice(Runnable action) {
		asAdmin(() -> {
			action.run();
			return null;
		});
	}

	private void day(Team team, long cadre, LocalDate day, String status, boolean overnight) {
		this.jdbc.update("""
				insert into day_record (cadre_id, team_id, day, status, overnight, source, leave_request_id, created_at,
				    modified_at)
				values (?, ?, ?, ?, ?, ?, ?, now(), now())
				on conflict (cadre_id, day) do update set status = excluded.status, overnight = excluded.overnight,
				    source = excluded.source, leave_request_id = excluded.leave_request_id
				""", cadre, team.teamId(), day, status, overnight, "LEAVE".equals(status) ? "LEAVE" : "SELF",
				"LEAVE".equals(status) ? 1L : null);
	}

	private long spotCheck(Team team, long cadre, LocalDate day, boolean present) {
		return this.jdbc.queryForObject("""
				insert into spot_check (cadre_id, team_id, town_id, checked_at, day, method, found_present, checked_by,
				    checked_by_username, created_at, modified_at)
				values (?, ?, ?, ?::timestamptz, ?, 'PHONE', ?, (select min(id) from account), 'test', now(), now())
				returning id
				""", Long.class, cadre, team.teamId(), team.townId(), day + "T10:00:00+08:00", day, present);
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("not refreshed in time");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
