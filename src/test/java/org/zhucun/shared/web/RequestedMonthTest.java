package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class RequestedMonthTest {

	private static final YearMonth NOW = YearMonth.of(2026, 11);

	@Test
	void aMissingMonthIsTheCurrentOne() {
		assertThat(RequestedMonth.of(null, NOW)).isEqualTo(new RequestedMonth(NOW, false));
		assertThat(RequestedMonth.of("  ", NOW)).isEqualTo(new RequestedMonth(NOW, false));
	}

	@Test
	void aWellFormedMonthIsTaken() {
		assertThat(RequestedMonth.of("2026-06", NOW)).isEqualTo(new RequestedMonth(YearMonth.of(2026, 6), false));
		assertThat(RequestedMonth.of(" 2020-12 ", NOW).value()).isEqualTo(YearMonth.of(2020, 12));
	}

	@Test
	void anUnusableMonthFallsBackAndIsMarked() {
		for (String bad : new String[] { "2026-13", "2026-6", "junk", "1999-12", "2101-01", "2026-06-01" }) {
			assertThat(RequestedMonth.of(bad, NOW)).as(bad).isEqualTo(new RequestedMonth(NOW, true));
			assertThat(RequestedMonth.parse(bad)).as(bad).isEmpty();
		}
	}
}
