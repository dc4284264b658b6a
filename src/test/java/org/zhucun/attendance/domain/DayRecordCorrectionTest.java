package org.zhucun.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhucun.attendance.DaySource;
import org.zhucun.attendance.DayStatus;
import org.zhucun.shared.domain.BusinessRuleException;

/** The team leader's correction of a day: a reason is required, leave stays leave, the cadre's evidence stays. */
class DayRecordCorrectionTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	@Test
	void aCorrectionKeepsTheReasonAndTheEvidence() {
		Evidence far = new Evidence(new BigDecimal("36.651200"), new BigDecimal("117.120000"), 30, 4200, true);
		DayRecord record = DayRecord.declared(1L, 2L, DAY, DaySource.SELF, DayStatus.IN_VILLAGE, true, far);

		record.correct(DayStatus.ABSENT, false, "  暗访未见到本人 ");

		assertThat(record.getStatus()).isEqualTo(DayStatus.ABSENT);
		assertThat(record.isOvernight()).isFalse();
		assertThat(record.getSource()).isEqualTo(DaySource.LEADER);
		assertThat(record.getNote()).isEqualTo("暗访未见到本人");
		assertThat(record.getDistanceM()).isEqualTo(4200);
	}

	@Test
	void aCorrectionNeedsAReason() {
		assertThatThrownBy(() -> DayRecord.corrected(1L, 2L, DAY, DayStatus.IN_VILLAGE, true, " "))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("reason");
				assertThat(ex.messageKey()).isEqualTo("attendance.cell.reason-required");
			});
	}

	@Test
	void leaveIsNeverCorrectedAndANightNeedsTheVillage() {
		DayRecord leave = DayRecord.leave(1L, 2L, DAY, 7L);

		assertThatThrownBy(() -> leave.correct(DayStatus.IN_VILLAGE, false, "更正"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("attendance.day.leave-locked"));
		assertThat(leave.getStatus()).isEqualTo(DayStatus.LEAVE);
		assertThatThrownBy(() -> DayRecord.corrected(1L, 2L, DAY, DayStatus.REST, true, "更正"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.field()).isEqualTo("overnight"));
		assertThatThrownBy(() -> DayRecord.corrected(1L, 2L, DAY, DayStatus.HOLIDAY, false, "更正"))
			.isInstanceOf(BusinessRuleException.class);
	}
}
