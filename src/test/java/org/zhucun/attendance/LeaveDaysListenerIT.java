package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.attendance.domain.Evidence;
import org.zhucun.leave.LeaveDaysGranted;
import org.zhucun.leave.LeaveDaysWithdrawn;

/**
 * The leave module's events reach the day records through the persistent event publication registry: granted days
 * become leave, withdrawn ones empty again, a redelivered event does no harm. The listener runs after the commit on
 * another thread, so the tests wait for its result with Awaitility (polling, never a fixed sleep).
 */
class LeaveDaysListenerIT extends AttendanceIT {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private DayRecordRepository records;

	@Test
	void grantedDaysBecomeLeaveOfTheRequestInTheCadresTeam() {
		Team team = team();
		long requestId = requestId();
		List<LocalDate> days = List.of(TODAY.plusDays(3), TODAY.plusDays(4));

		publish(new LeaveDaysGranted(requestId, team.memberId(), days));

		await("two leave days").atMost(WAIT).until(() -> leaveDays(team.memberId(), requestId) == 2);
		for (Map<String, Object> row : rows(team.memberId(), days)) {
			assertThat(row).containsEntry("status", "LEAVE")
				.containsEntry("source", "LEAVE")
				.containsEntry("leave_request_id", requestId)
				.containsEntry("team_id", team.teamId())
				.containsEntry("overnight", false);
		}
		awaitCompleted(LeaveDaysGranted.class, requestId);
	}

	@Test
	void theLeaveDaysNameTheApproverInTheAuditTrailNotTheApplication() {
		Team team = team();
		long requestId = requestId();
		List<LocalDate> days = List.of(TODAY.plusDays(8));

		publish(new LeaveDaysGranted(requestId, team.memberId(), days, "town.approver"));

		await("one leave day").atMost(WAIT).until(() -> leaveDays(team.memberId(), requestId) == 1);
		awaitCompleted(LeaveDaysGranted.class, requestId);
		assertThat(this.jdbc.queryForList("select distinct r.username from day_record_aud a"
				+ " join revision r on r.id = a.rev join day_record d on d.id = a.id"
				+ " where d.cadre_id = ? and d.leave_request_id = ?", String.class, team.memberId(), requestId))
			.containsExactly("town.approver");
	}

	@Test
	void aRedeliveredGrantDoesNoHarm() {
		Team team = team();
		long requestId = requestId();
		List<LocalDate> days = List.of(TODAY.plusDays(5), TODAY.plusDays(6), TODAY.plusDays(7));

		publish(new LeaveDaysGranted(requestId, team.memberId(), days));
		awaitCompleted(LeaveDaysGranted.class, requestId);
		publish(new LeaveDaysGranted(requestId, team.memberId(), days));
		await("both publications completed").atMost(WAIT)
			.until(() -> completed(LeaveDaysGranted.class, requestId) == 2);

		assertThat(rows(team.memberId(), days)).hasSize(3)
			.allSatisfy(row -> assertThat(row).containsEntry("status", "LEAVE"));
	}

	@Test
	void leaveOverwritesAnEarlierDeclaration() {
		Team team = team();
		long requestId = requestId();
		LocalDate day = TODAY.minusDays(1);
		this.transactions.executeWithoutResult(tx -> this.records.save(DayRecord.declared(team.memberId(),
				team.teamId(), day, DaySource.SELF, DayStatus.IN_VILLAGE, true, Evidence.NONE)));

		publish(new LeaveDaysGranted(requestId, team.memberId(), List.of(day)));

		await("the declared day became leave").atMost(WAIT)
			.until(() -> leaveDays(team.memberId(), requestId) == 1);
		assertThat(rows(team.memberId(), List.of(day))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "LEAVE").containsEntry("overnight", false));
	}

	@Test
	void withdrawnDaysOfTheRequestAreEmptyAgainAndOthersStay() {
		Team team = team();
		long requestId = requestId();
		long otherRequestId = requestId();
		LocalDate declared = TODAY.minusDays(2);
		LocalDate first = TODAY.plusDays(10);
		LocalDate second = TODAY.plusDays(11);
		LocalDate otherLeave = TODAY.plusDays(20);
		this.transactions.executeWithoutResult(tx -> this.records.save(DayRecord.declared(team.memberId(),
				team.teamId(), declared, DaySource.SELF, DayStatus.REST, false, Evidence.NONE)));
		publish(new LeaveDaysGranted(requestId, team.memberId(), List.of(declared, first, second)));
		publish(new LeaveDaysGranted(otherRequestId, team.memberId(), List.of(otherLeave)));
		await("four leave days").atMost(WAIT)
			.until(() -> leaveDays(team.memberId(), requestId) == 3
				&& leaveDays(team.memberId(), otherRequestId) == 1);

		publish(new LeaveDaysWithdrawn(requestId, team.memberId(), List.of(declared, second, otherLeave)));

		await("one leave day left").atMost(WAIT).until(() -> leaveDays(team.memberId(), requestId) == 1);
		awaitCompleted(LeaveDaysWithdrawn.class, requestId);
		assertThat(rows(team.memberId(), List.of(declared, second))).isEmpty();
		assertThat(rows(team.memberId(), List.of(first))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("leave_request_id", requestId));
		assertThat(rows(team.memberId(), List.of(otherLeave))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("leave_request_id", otherRequestId));

		publish(new LeaveDaysWithdrawn(requestId, team.memberId(), List.of(declared, second, otherLeave)));
		await("the repeated withdrawal completed").atMost(WAIT)
			.until(() -> completed(LeaveDaysWithdrawn.class, requestId) == 2);
		assertThat(leaveDays(team.memberId(), requestId)).isEqualTo(1);
		assertThat(leaveDays(team.memberId(), otherRequestId)).isEqualTo(1);
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult(tx -> this.events.publishEvent(event));
	}

	/** A request id no other test uses: the leave module's requests are not needed for the listener. */
	private static long requestId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
	}

	private int leaveDays(long cadreId, long requestId) {
		return this.jdbc.queryForObject("select count(*) from day_record where cadre_id = ? and status = 'LEAVE'"
				+ " and leave_request_id = ?", Integer.class, cadreId, requestId);
	}

	private List<Map<String, Object>> rows(long cadreId, List<LocalDate> days) {
		return this.jdbc.queryForList("select status, source, leave_request_id, team_id, overnight from day_record"
				+ " where cadre_id = ? and day = any (?::date[]) order by day", cadreId,
				days.stream().map(LocalDate::toString).toArray(String[]::new));
	}

	private void awaitCompleted(Class<?> type, long requestId) {
		await(type.getSimpleName() + " publication completed").atMost(WAIT)
			.until(() -> completed(type, requestId) >= 1);
		assertThat(this.jdbc.queryForObject("select count(*) from event_publication where event_type = ?"
				+ " and serialized_event like ? and completion_date is null", Integer.class, type.getName(),
				"%" + requestId + "%")).isZero();
	}

	private int completed(Class<?> type, long requestId) {
		return this.jdbc.queryForObject("select count(*) from event_publication where event_type = ?"
				+ " and serialized_event like ? and completion_date is not null", Integer.class, type.getName(),
				"%" + requestId + "%");
	}
}
