package org.zhucun.workteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The day of joining in a roster file: typed as text in several ways, or stored by Excel as a day number. */
class RosterDatesTest {

	@Test
	void readsDatesWrittenAsText() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(RosterImport.parseDate("2026-03-01")).contains(day);
		assertThat(RosterImport.parseDate("2026-3-1")).contains(day);
		assertThat(RosterImport.parseDate("2026/03/01")).contains(day);
		assertThat(RosterImport.parseDate("2026.3.1")).contains(day);
		assertThat(RosterImport.parseDate("2026年3月1日")).contains(day);
		assertThat(RosterImport.parseDate(" 2026-03-01 ")).contains(day);
	}

	@Test
	void readsExcelDayNumbers() {
		assertThat(RosterImport.parseDate("46082")).contains(LocalDate.of(2026, 3, 1));
		assertThat(RosterImport.parseDate("46082.5")).contains(LocalDate.of(2026, 3, 1));
	}

	@Test
	void refusesWhatIsNoDay() {
		assertThat(RosterImport.parseDate("2026-02-30")).isEmpty();
		assertThat(RosterImport.parseDate("next Monday")).isEmpty();
		assertThat(RosterImport.parseDate("0")).isEmpty();
		assertThat(RosterImport.parseDate("99999999")).isEmpty();
		assertThat(RosterImport.parseDate("-5")).isEmpty();
	}
}
