package org.zhucun.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The day the integration tests run on, whatever the real date: Saturday 2026-11-28. The application's clock starts
 * at 10:00 that day (setting {@code zhucun.clock.start}) and runs on for the minutes the tests take, so every test sees
 * the same day, later actions come after earlier ones, and no test depends on the real day being a working day. The
 * demo district the tests load is dated from it: {@code member}'s gap of Wednesday 2026-11-25 in the week under way,
 * the reductions of September and October 2026.
 */
public final class TestClock {

	/** The value of the setting {@code zhucun.clock.start} in the integration tests. */
	public static final String START = "2026-11-28T10:00:00+08:00";

	/** The day of the tests in the district. */
	public static final LocalDate TODAY = OffsetDateTime.parse(START).toLocalDate();

	private TestClock() {
	}
}
