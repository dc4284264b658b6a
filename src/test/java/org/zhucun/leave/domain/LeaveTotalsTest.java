package org.zhucun.leave.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhucun.leave.domain.LeaveTotals.Entry;

class LeaveTotalsTest {

	private static final Year Y2026 = Year.of(2026);

	private static Entry entry(long cadre, LeaveType type, String first, String last, LeaveState state) {
		return new Entry(cadre, type, new LeavePeriod(LocalDate.parse(first), LocalDate.parse(last)), state);
	}

	@Test
	void approvedDaysAddUpByType() {
		LeaveTotals totals = LeaveTotals.of(1L, Y2026, List.of(
				entry(1L, LeaveType.PERSONAL, "2026-03-02", "2026-03-03", LeaveState.APPROVED),
				entry(1L, LeaveType.PERSONAL, "2026-04-10", "2026-04-10", LeaveState.APPROVED),
				entry(1L, LeaveType.SICK, "2026-05-04", "2026-05-08", LeaveState.APPROVED)));
		assertThat(totals.days(LeaveType.PERSONAL)).isEqualTo(3);
		assertThat(totals.days(LeaveType.SICK)).isEqualTo(5);
		assertThat(totals.days(LeaveType.ANNUAL)).isZero();
		assertThat(totals.byType()).containsOnlyKeys(LeaveType.PERSONAL, LeaveType.SICK);
		assertThat(totals.total()).isEqualTo(8);
	}

	@Test
	void pendingRejectedAndCancelledLeaveDoesNotCount() {
		LeaveTotals totals = LeaveTotals.of(1L, Y2026, List.of(
				entry(1L, LeaveType.PERSONAL, "2026-03-02", "2026-03-03", LeaveState.PENDING),
				entry(1L, LeaveType.PERSONAL, "2026-04-10", "2026-04-12", LeaveState.REJECTED),
				entry(1L, LeaveType.SICK, "2026-05-04", "2026-05-08", LeaveState.CANCELLED)));
		assertThat(totals.total()).isZero();
		assertThat(totals.byType()).isEmpty();
	}

	@Test
	void returnedLeaveCountsTheDaysActuallyTaken() {
		LeavePeriod tenDays = new LeavePeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10));
		LeaveTotals totals = LeaveTotals.of(1L, Y2026, List.of(
				new Entry(1L, LeaveType.FAMILY_VISIT, tenDays, LeaveState.RETURNED, LocalDate.of(2026, 6, 5)),
				new Entry(1L, LeaveType.PERSONAL, tenDays, LeaveState.RETURNED, LocalDate.of(2026, 6, 1))));
		assertThat(totals.days(LeaveType.FAMILY_VISIT)).isEqualTo(4);
		assertThat(totals.days(LeaveType.PERSONAL)).isZero();
	}

	@Test
	void onlyTheDaysInsideTheYearCount() {
		List<Entry> entries = List.of(entry(1L, LeaveType.ANNUAL, "2025-12-30", "2026-01-02", LeaveState.APPROVED));
		assertThat(LeaveTotals.of(1L, Year.of(2025), entries).total()).isEqualTo(2);
		assertThat(LeaveTotals.of(1L, Y2026, entries).total()).isEqualTo(2);
	}

	@Test
	void entryOfAReturnedRequest() {
		LeaveRequest request = LeaveRequest.submit(1L, LeaveType.SICK, LocalDate.of(2026, 3, 20),
				LocalDate.of(2026, 3, 20), "fever", null, false, false, LeavePolicy.defaults(), LocalDate.of(2026, 3, 20));
		request.approve(ApprovalStep.TEAM_LEADER, 9L, Instant.parse("2026-03-20T01:00:00Z"));
		request.returnFrom(LocalDate.of(2026, 3, 21));
		assertThat(LeaveTotals.of(1L, Y2026, List.of(Entry.of(request))).days(LeaveType.SICK)).isEqualTo(1);
	}

	@Test
	void totalsAreKeptPerCadre() {
		Map<Long, LeaveTotals> totals = LeaveTotals.perCadre(Y2026, List.of(
				entry(1L, LeaveType.PERSONAL, "2026-03-02", "2026-03-03", LeaveState.APPROVED),
				entry(2L, LeaveType.SICK, "2026-03-02", "2026-03-06", LeaveState.APPROVED),
				entry(1L, LeaveType.SICK, "2026-04-01", "2026-04-01", LeaveState.APPROVED)));
		assertThat(totals).containsOnlyKeys(1L, 2L);
		assertThat(totals.get(1L).total()).isEqualTo(3);
		assertThat(totals.get(2L).total()).isEqualTo(5);
		assertThat(LeaveTotals.of(3L, Y2026, List.of(entry(1L, LeaveType.SICK, "2026-03-02", "2026-03-06",
				LeaveState.APPROVED))).total()).isZero();
	}

	@Test
	void yearLimitIsExceededOnlyAboveIt() {
		// 30 days in two requests: at the limit, not over it.
		List<Entry> thirty = List.of(entry(1L, LeaveType.SICK, "2026-03-01", "2026-03-20", LeaveState.APPROVED),
				entry(1L, LeaveType.PERSONAL, "2026-05-01", "2026-05-10", LeaveState.APPROVED));
		assertThat(LeaveTotals.of(1L, Y2026, thirty).total()).isEqualTo(30);
		assertThat(LeaveTotals.of(1L, Y2026, thirty).overYearLimit(30)).isFalse();

		List<Entry> thirtyOne = List.of(entry(1L, LeaveType.SICK, "2026-03-01", "2026-03-20", LeaveState.APPROVED),
				entry(1L, LeaveType.PERSONAL, "2026-05-01", "2026-05-11", LeaveState.APPROVED));
		assertThat(LeaveTotals.of(1L, Y2026, thirtyOne).total()).isEqualTo(31);
		assertThat(LeaveTotals.of(1L, Y2026, thirtyOne).overYearLimit(30)).isTrue();
	}
}
