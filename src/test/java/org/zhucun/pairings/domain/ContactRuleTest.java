package org.zhucun.pairings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The overdue rule at month and quarter edges, for a pairing that starts mid-month and across a handover. */
class ContactRuleTest {

	private static final ContactRule MONTH_AND_QUARTER = new ContactRule(1, 3);

	private static LocalDate d(String day) {
		return LocalDate.parse(day);
	}

	@Test
	void periodsAreWholeMonthsFromJanuary() {
		assertThat(ContactRule.periodStart(d("2026-11-28"), 1)).isEqualTo(d("2026-11-01"));
		assertThat(ContactRule.periodStart(d("2026-11-28"), 3)).isEqualTo(d("2026-10-01"));
		assertThat(ContactRule.overdueSince(d("2026-11-28"), 3)).isEqualTo(d("2026-07-01"));
		assertThat(ContactRule.overdueSince(d("2026-01-01"), 1)).isEqualTo(d("2025-12-01"));
		assertThat(ContactRule.overdueSince(d("2026-01-01"), 3)).isEqualTo(d("2025-10-01"));
	}

	@Test
	void aMonthWithoutContactIsOverdueFromTheFirstOfTheNextMonthUntilTheNextContact() {
		LocalDate since = d("2026-01-01");
		LocalDate lastContact = d("2026-09-30");
		assertThat(MONTH_AND_QUARTER.status(since, lastContact, lastContact, d("2026-10-31")).contactOverdue())
			.as("the last day of October, whose contact is still possible").isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, lastContact, lastContact, d("2026-10-31")).contactDue()).isTrue();
		assertThat(MONTH_AND_QUARTER.status(since, lastContact, lastContact, d("2026-11-01")).contactOverdue())
			.as("the first of November: October had none").isTrue();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-11-02"), lastContact, d("2026-11-28")).contactOverdue())
			.as("a contact in November ends it").isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-10-01"), lastContact, d("2026-11-30")).contactOverdue())
			.as("a contact on the first day of October counts").isFalse();
	}

	@Test
	void aQuarterWithoutHomeVisitIsOverdueThroughTheNextQuarter() {
		LocalDate since = d("2026-01-01");
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-09-30"), d("2026-06-30"), d("2026-09-30")).homeVisitOverdue())
			.as("the last day of the quarter: Q2 had one").isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-09-30"), d("2026-06-30"), d("2026-10-01")).homeVisitOverdue())
			.as("the first day of Q4: Q3 had none").isTrue();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-11-20"), d("2026-06-30"), d("2026-12-31")).homeVisitOverdue())
			.isTrue();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-11-20"), d("2026-11-20"), d("2026-12-31")).homeVisitOverdue())
			.as("a home visit in Q4 ends it").isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-11-20"), d("2026-11-20"), d("2026-12-31")).homeVisitDue())
			.isFalse();
	}

	@Test
	void aPhoneCallCountsAsAContactButNotAsAHomeVisit() {
		ContactRule.Status s = MONTH_AND_QUARTER.status(d("2026-01-01"), d("2026-11-03"), d("2026-05-10"),
				d("2026-11-28"));
		assertThat(s.contactOverdue()).isFalse();
		assertThat(s.homeVisitOverdue()).isTrue();
		assertThat(s.overdue()).isTrue();
	}

	@Test
	void aPairingStartingMidMonthOwesFromTheNextMonth() {
		LocalDate since = d("2026-10-15");
		assertThat(MONTH_AND_QUARTER.status(since, null, null, d("2026-11-28")).contactOverdue())
			.as("October was not owed").isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, null, null, d("2026-11-28")).contactDue()).isTrue();
		assertThat(MONTH_AND_QUARTER.status(since, null, null, d("2026-12-01")).contactOverdue())
			.as("November was owed").isTrue();
		assertThat(MONTH_AND_QUARTER.status(since, null, null, d("2026-12-01")).homeVisitOverdue())
			.as("Q4 is owed only from Q1 on: it began before the pairing").isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, null, null, d("2027-01-01")).homeVisitOverdue()).isFalse();
		assertThat(MONTH_AND_QUARTER.status(d("2026-10-01"), null, null, d("2027-01-01")).homeVisitOverdue())
			.as("paired on the quarter's first day").isTrue();
	}

	@Test
	void aHandoverIsNoBreakSoTheContactsBeforeItCount() {
		// Paired since January with a first cadre, handed to a second on 2026-10-20: the household stays paired since
		// January; the first cadre's call of 2026-10-05 covers October for the second.
		LocalDate since = d("2026-01-01");
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-10-05"), d("2026-08-01"), d("2026-11-10")).contactOverdue())
			.isFalse();
		assertThat(MONTH_AND_QUARTER.status(since, d("2026-09-05"), d("2026-08-01"), d("2026-11-10")).contactOverdue())
			.as("without it, October is overdue for the second cadre").isTrue();
	}

	@Test
	void anUnpairedHouseholdOwesNothing() {
		assertThat(MONTH_AND_QUARTER.status(null, null, null, d("2026-11-28")).overdue()).isFalse();
		assertThat(MONTH_AND_QUARTER.status(null, null, null, d("2026-11-28")).toDo()).isFalse();
	}

	@Test
	void otherPeriodsFromTheSettings() {
		ContactRule everyTwoMonths = new ContactRule(2, 6);
		assertThat(everyTwoMonths.status(d("2026-01-01"), d("2026-08-31"), d("2026-03-01"), d("2026-11-28"))
			.contactOverdue()).as("Sep-Oct had none").isTrue();
		assertThat(everyTwoMonths.status(d("2026-01-01"), d("2026-09-01"), d("2026-03-01"), d("2026-11-28"))
			.contactOverdue()).isFalse();
		assertThat(everyTwoMonths.status(d("2026-01-01"), d("2026-09-01"), d("2026-03-01"), d("2026-11-28"))
			.homeVisitOverdue()).as("the first half-year had one").isFalse();
	}
}
