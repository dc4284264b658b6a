package org.zhucun.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** An ISO week (Monday to Sunday) written as 2026-W48, with its days and its neighbours. */
public record IsoWeek(int year, int week) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

	/** @return the ISO week that holds the day */
	public static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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
		LocalDate reference = LocalDate.of(year, 6, 1);
		long weeks = reference.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		return week > weeks ? Optional.empty() : Optional.of(new IsoWeek(year, week));
	}

	public LocalDate monday() {
		return LocalDate.of(this.year, 1, 4)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, this.week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	/** @return Monday to Sunday */
	public List<LocalDate> days() {
		return Stream.iterate(monday(), d -> d.plusDays(1)).limit(7).toList();
	}

	public IsoWeek previous() {
		return of(monday().minusDays(7));
	}

	public IsoWeek next() {
		return of(monday().plusDays(7));
	}

	@Override
	public String toString() {
		return String.format("%04d-W%02d", this.year, this.week);
	}
}
