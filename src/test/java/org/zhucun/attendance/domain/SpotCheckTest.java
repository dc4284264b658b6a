package org.zhucun.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.SpotCheckMethod;
import org.zhucun.shared.domain.BusinessRuleException;

/** The guards of a spot check: a time not in the future, method and result given, a short note, the district's day. */
class SpotCheckTest {

	/** 2026-11-28 10:00 in Asia/Shanghai. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@Test
	void theDayIsTheDistrictsDateOfTheTime() {
		// 2026-11-27 17:30 UTC is 2026-11-28 01:30 in the district.
		SpotCheck check = check(Instant.parse("2026-11-27T17:30:00Z"), SpotCheckMethod.VISIT, false, "  未见本人 ");

		assertThat(check.getDay()).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(check.getCheckedAt()).isEqualTo(Instant.parse("2026-11-27T17:30:00Z"));
		assertThat(check.getMethod()).isEqualTo(SpotCheckMethod.VISIT);
		assertThat(check.isFoundPresent()).isFalse();
		assertThat(check.getNote()).isEqualTo("未见本人");
		assertThat(check.getTeamId()).isEqualTo(2L);
		assertThat(check.getTownId()).isEqualTo(3L);
		assertThat(check.getCheckedBy()).isEqualTo(4L);
		assertThat(check.getCheckedByUsername()).isEqualTo("town");
	}

	@Test
	void nowIsAllowedButNotAMinuteLater() {
		assertThat(check(CLOCK.instant(), SpotCheckMethod.PHONE, true, null).getNote()).isNull();
		assertRefused(() -> check(CLOCK.instant().plusSeconds(60), SpotCheckMethod.PHONE, true, null), "date",
				"spotchecks.checked-at.future");
	}

	@Test
	void timeMethodAndResultAreRequired() {
		assertRefused(() -> check(null, SpotCheckMethod.PHONE, true, null), "date", "spotchecks.checked-at.required");
		assertRefused(() -> check(CLOCK.instant(), null, true, null), "method", "spotchecks.method.required");
		assertRefused(() -> check(CLOCK.instant(), SpotCheckMethod.VISIT, null, null), "foundPresent",
				"spotchecks.result.required");
	}

	@Test
	void theNoteHasAtMost500Characters() {
		assertThat(check(CLOCK.instant(), SpotCheckMethod.VISIT, true, "村".repeat(500)).getNote()).hasSize(500);
		assertRefused(() -> check(CLOCK.instant(), SpotCheckMethod.VISIT, true, "村".repeat(501)), "note",
				"spotchecks.note.too-long");
		assertThat(check(CLOCK.instant(), SpotCheckMethod.VISIT, true, "   ").getNote()).isNull();
	}

	@Test
	void onlyAbsentOnADayDeclaredInTheVillageIsADiscrepancy() {
		SpotCheck absent = check(CLOCK.instant(), SpotCheckMethod.VISIT, false, null);
		SpotCheck present = check(CLOCK.instant(), SpotCheckMethod.VISIT, true, null);

		assertThat(absent.isDiscrepancyAgainst(DayStatus.IN_VILLAGE)).isTrue();
		assertThat(present.isDiscrepancyAgainst(DayStatus.IN_VILLAGE)).isFalse();
		for (DayStatus other : new DayStatus[] { DayStatus.OFFICIAL_BUSINESS, DayStatus.LEAVE, DayStatus.HOLIDAY,
				DayStatus.REST, DayStatus.ABSENT, null }) {
			assertThat(absent.isDiscrepancyAgainst(other)).as("absent against %s", other).isFalse();
		}
	}

	private static SpotCheck check(Instant at, SpotCheckMethod method, Boolean present, String note) {
		return SpotCheck.record(1L, 2L, 3L, at, method, present, note, 4L, "town", CLOCK);
	}

	private static void assertRefused(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}
}
