package org.zhucun.workteams.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule of teams not withdrawn and members not reduced (不撤不减, DOMAIN §3) for one team and one month: a departure
 * in the month is a reduction when, once the replacement window after it has passed, the team's active headcount is
 * below what it had on the first of the month, or below the minimum.
 *
 * <p>A membership counts on every day from the day it began to the day it ended, both included. A departure whose
 * replacement window has not passed yet (as of {@code today}) is not judged yet.
 */
public final class ReductionRule {

	/** One membership of the team: its id, the day it began and the day it ended (null while active). */
	public record Span(long membershipId, LocalDate joined, LocalDate left) {

		boolean activeOn(LocalDate day) {
			return !this.joined.isAfter(day) && (this.left == null || !this.left.isBefore(day));
		}
	}

	/**
	 * A reduction found for the month.
	 * @param baseline headcount on the first day of the month
	 * @param countAfter the lowest headcount at the end of a departure's replacement window
	 * @param departures the memberships that ended in the month and were not replaced in time
	 */
	public record Reduction(int baseline, int countAfter, List<Span> departures) {
	}

	private final int minMembers;

	private final int replacementDays;

	public ReductionRule(int minMembers, int replacementDays) {
		if (minMembers < 0 || replacementDays < 0) {
			throw new IllegalArgumentException("settings must not be negative");
		}
		this.minMembers = minMembers;
		this.replacementDays = replacementDays;
	}

	/** @return the reduction of the team in the month, if there is one */
	public Optional<Reduction> evaluate(List<Span> memberships, YearMonth month, LocalDate today) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		int baseline = headcount(memberships, first);
		List<Span> unreplaced = new ArrayList<>();
		int lowest = Integer.MAX_VALUE;
		for (Span departure : memberships.stream()
			.filter(s -> s.left() != null && !s.left().isBefore(first) && !s.left().isAfter(last))
			.sorted(Comparator.comparing(Span::left))
			.toList()) {
			// The replacement may join on any of the window's days after the member's last day; the team is counted
			// on the window's last day (with no window: the first day without the member).
			LocalDate windowEnd = departure.left().plusDays(Math.max(1, this.replacementDays));
			if (windowEnd.isAfter(today)) {
				continue;
			}
			int countAfterWindow = headcount(memberships, windowEnd);
			if (countAfterWindow < baseline || countAfterWindow < this.minMembers) {
				unreplaced.add(departure);
				lowest = Math.min(lowest, countAfterWindow);
			}
		}
		return unreplaced.isEmpty() ? Optional.empty() : Optional.of(new Reduction(baseline, lowest, List.copyOf(unreplaced)));
	}

	/** @return how many memberships are active on the day */
	public static int headcount(List<Span> memberships, LocalDate day) {
		return (int) memberships.stream().filter(s -> s.activeOn(day)).count();
	}
}
