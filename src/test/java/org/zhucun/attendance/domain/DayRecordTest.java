package org.zhucun.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhucun.attendance.DaySource;
import org.zhucun.attendance.DayStatus;
import org.zhucun.shared.domain.BusinessRuleException;

/** The guards of a day record: nights only in the village, leave and holidays never overwritten by a declaration. */
class DayRecordTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

	private static final Evidence FAR = new Evidence(new BigDecimal("36.651200"), new BigDecimal("117.120000"), 30,
			4200, true);

	@Test
	void aDayInTheVillageMayHaveANight() {
		DayRecord record = DayRecord.declared(1L, 2L, DAY, DaySource.SELF, DayStatus.IN_VILLAGE, true, FAR);

		assertThat(record.getStatus()).isEqualTo(DayStatus.IN_VILLAGE);
		assertThat(record.isOvernight()).isTrue();
		assertThat(record.getSource()).isEqualTo(DaySource.SELF);
		assertThat(record.getDistanceM()).isEqualTo(4200);
		assertThat(record.isNeedsReview()).isTrue();
		assertThat(record.getLeaveRequestId()).isNull();
	}

	@Test
	void onlyADayInTheVillageMayHaveANight() {
		for (DayStatus status : new DayStatus[] { DayStatus.OFFICIAL_BUSINESS, DayStatus.REST, DayStatus.ABSENT }) {
			assertThatThrownBy(() -> DayRecord.declared(1L, 2L, DAY, DaySource.SELF, status, true, null))
				.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
					assertThat(ex.field()).isEqualTo("overnight");
					assertThat(ex.messageKey()).isEqualTo("attendance.day.night-needs-village");
				});
		}
	}

	@Test
	void leaveAndHolidayCannotBeDeclared() {
		for (DayStatus status : new DayStatus[] { DayStatus.LEAVE, DayStatus.HOLIDAY }) {
			assertThatThrownBy(() -> DayRecord.declared(1L, 2L, DAY, DaySource.SELF, status, false, null))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("attendance.day.not-declarable"));
		}
		assertThatThrownBy(() -> DayRecord.declared(1L, 2L, DAY, DaySource.LEAVE, DayStatus.IN_VILLAGE, false, null))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aDeclarationReplacesTheEarlierOneWithItsEvidence() {
		DayRecord record = DayRecord.declared(1L, 2L, DAY, DaySource.SELF, DayStatus.IN_VILLAGE, true, FAR);

		record.declare(DaySource.LEADER, DayStatus.OFFICIAL_BUSINESS, false, null);

		assertThat(record.getStatus()).isEqualTo(DayStatus.OFFICIAL_BUSINESS);
		assertThat(record.isOvernight()).isFalse();
		assertThat(record.getSource()).isEqualTo(DaySource.LEADER);
		assertThat(record.getLatitude()).isNull();
		assertThat(record.isNeedsReview()).isFalse();
	}

	@Test
	void leaveOverwritesADeclarationAndIsNeverOverwrittenByOne() {
		DayRecord record = DayRecord.declared(1L, 2L, DAY, DaySource.SELF, DayStatus.IN_VILLAGE, true, FAR);

		record.markLeave(77L);

		assertThat(record.getStatus()).isEqualTo(DayStatus.LEAVE);
		assertThat(record.getSource()).isEqualTo(DaySource.LEAVE);
		assertThat(record.getLeaveRequestId()).isEqualTo(77L);
		assertThat(record.isOvernight()).isFalse();
		assertThat(record.getDistanceM()).isNull();
		assertThat(record.isNeedsReview()).isFalse();
		assertThatThrownBy(() -> record.declare(DaySource.SELF, DayStatus.IN_VILLAGE, false, null))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("status");
				assertThat(ex.messageKey()).isEqualTo("attendance.day.leave-locked");
			});
		assertThatThrownBy(() -> record.declare(DaySource.LEADER, DayStatus.REST, false, null))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(record.getStatus()).isEqualTo(DayStatus.LEAVE);
	}

	@Test
	void markingTheSameLeaveTwiceChangesNothing() {
		DayRecord record = DayRecord.leave(1L, null, DAY, 77L);

		record.markLeave(77L);

		assertThat(record.getStatus()).isEqualTo(DayStatus.LEAVE);
		assertThat(record.getLeaveRequestId()).isEqualTo(77L);
	}

	@Test
	void onlyTheSameRequestClearsALeaveDay() {
		DayRecord leave = DayRecord.leave(1L, 2L, DAY, 77L);
		DayRecord declared = DayRecord.declared(1L, 2L, DAY, DaySource.SELF, DayStatus.REST, false, null);

		assertThat(leave.clearLeave(78L)).isFalse();
		assertThat(leave.clearLeave(77L)).isTrue();
		assertThat(declared.clearLeave(77L)).isFalse();
		assertThat(declared.getStatus()).isEqualTo(DayStatus.REST);
	}
}
