package org.zhucun.attendance.domain.rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week, Monday to Sunday, which belongs to the month that holds its Thursday so that each week counts in
 * exactly one month (DOMAIN §4).
 *
 * @param monday the first day of the week
 */
public record IsoWeek(LocalDate monday) implements Comparable<IsoWeek> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		Objects.requireNonNull(monday, "monday");
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("an ISO week starts on a Monday: " + monday);
		}
	}

	/** @return the ISO week that holds the date */
	public static IsoWeek of(LocalDate date) {
		return new IsoWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/** @return the weeks that belong to the month (those whose Thursday lies in it), in order */
	public static List<IsoWeek> weeksOf(YearMonth month) {
		LocalDate thursday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		List<IsoWeek> weeks = new ArrayList<>();
		while (YearMonth.from(thursday).equals(month)) {
			weeks.add(of(thursday));
			thursday = thursday.plusWeeks(1);
		}
		return List.copyOf(weeks);
	}

	/** @return the last day of the week */
	public LocalDate sunday() {
		return this.monday.plusDays(6);
	}

	/** @return the Thursday of the week, which decides its month and its ISO year */
	public LocalDate thursday() {
		return this.monday.plusDays(3);
	}

	/** @return the month the week belongs to: the month that holds its Thursday */
	public YearMonth month() {
		return YearMonth.from(thursday());
	}

	/** @return the ISO week-based year */
	public int weekBasedYear() {
		return thursday().get(IsoFields.WEEK_BASED_YEAR);
	}

	/** @return the ISO week number, 1 to 53 */
	public int weekNumber() {
		return thursday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	/** @return the seven days of the week, Monday first */
	public List<LocalDate> days() {
		return this.monday.datesUntil(this.monday.plusDays(7)).toList();
	}

	/** @return whether the date lies in the week */
	public boolean contains(LocalDate date) {
		return !date.isBefore(this.monday) && !date.isAfter(sunday());
	}

	/** @return the week after this one */
	public IsoWeek next() {
		return new IsoWeek(this.monday.plusWeeks(1));
	}

	/** @return the week before this one */
	public IsoWeek previous() {
		return new IsoWeek(this.monday.minusWeeks(1));
	}

	/** @return the week written as 2026-W48, if it is one that exists between 2000 and 2100 */
	public static Optional<IsoWeek> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = TEXT.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		int week = Integer.parseInt(m.group(2));
		if (year < 2000 || year > 2100 || week < 1) {
			return Optional.empty();
		}
		long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		if (week > weeks) {
			return Optional.empty();
		}
		return Optional.of(of(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
	}

	@Override
	public int compareTo(IsoWeek other) {
		return this.monday.compareTo(other.monday);
	}

	/** @return the week as in 2026-W27 */
	@Override
	public String toString() {
		// As String.format("%d-W%02d", …) would, without parsing a format on every call: the pages write many weeks.
		int number = weekNumber();
		return weekBasedYear() + (number < 10 ? "-W0" : "-W") + number;
	}
}
