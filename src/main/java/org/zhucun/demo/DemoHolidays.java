package org.zhucun.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statutory holidays of 2025 and 2026 as the State Council arranged them (国办发明电〔2024〕12号 and the notice of
 * 4 November 2025), with the Saturdays and Sundays that became working days (调休上班, {@link #WORKDAYS}). Other
 * years, whose arrangement is not known here, get the holidays fixed by date (元旦, 劳动节, 国庆节) and no make-up
 * working days, so that a demo loaded in any year has a calendar.
 */
final class DemoHolidays {

	/** A run of consecutive days off under one name. */
	record Period(String name, LocalDate first, LocalDate last) {
	}

	static final List<Period> PERIODS = List.of(
			period("元旦", "2025-01-01", "2025-01-01"),
			period("春节", "2025-01-28", "2025-02-04"),
			period("清明节", "2025-04-04", "2025-04-06"),
			period("劳动节", "2025-05-01", "2025-05-05"),
			period("端午节", "2025-05-31", "2025-06-02"),
			period("国庆节、中秋节", "2025-10-01", "2025-10-08"),
			period("元旦", "2026-01-01", "2026-01-03"),
			period("春节", "2026-02-15", "2026-02-23"),
			period("清明节", "2026-04-04", "2026-04-06"),
			period("劳动节", "2026-05-01", "2026-05-05"),
			period("端午节", "2026-06-19", "2026-06-21"),
			period("中秋节", "2026-09-25", "2026-09-27"),
			period("国庆节", "2026-10-01", "2026-10-07"));

	/** The make-up working days (调休上班) of the same arrangements: Saturdays and Sundays on which people work. */
	static final List<DemoDistrict.Holiday> WORKDAYS = List.of(
			workday("春节调休上班", "2025-01-26"),
			workday("春节调休上班", "2025-02-08"),
			workday("劳动节调休上班", "2025-04-27"),
			workday("国庆节调休上班", "2025-09-28"),
			workday("国庆节调休上班", "2025-10-11"),
			workday("元旦调休上班", "2026-01-04"),
			workday("春节调休上班", "2026-02-14"),
			workday("春节调休上班", "2026-02-28"),
			workday("劳动节调休上班", "2026-05-09"),
			workday("国庆节调休上班", "2026-09-20"),
			workday("国庆节调休上班", "2026-10-10"));

	/** The holidays fixed by date (全国年节及纪念日放假办法), as month-day runs, for years without a table. */
	private static final List<Period> FIXED_DATES = List.of(
			period("元旦", "2000-01-01", "2000-01-01"),
			period("劳动节", "2000-05-01", "2000-05-02"),
			period("国庆节", "2000-10-01", "2000-10-03"));

	private DemoHolidays() {
	}

	/**
	 * @param firstYear the first year to cover
	 * @param lastYear the last year to cover
	 * @return every day off of the tables above, and of the fixed-date holidays of the years from {@code firstYear} to
	 * {@code lastYear} that have no table, in date order
	 */
	static List<DemoDistrict.Holiday> days(int firstYear, int lastYear) {
		List<DemoDistrict.Holiday> days = new ArrayList<>(days());
		Set<Integer> known = PERIODS.stream().map(p -> p.first().getYear()).collect(Collectors.toSet());
		for (int year = firstYear; year <= lastYear; year++) {
			if (known.contains(year)) {
				continue;
			}
			for (Period p : FIXED_DATES) {
				for (LocalDate d = p.first().withYear(year); !d.isAfter(p.last().withYear(year)); d = d.plusDays(1)) {
					days.add(new DemoDistrict.Holiday(d, p.name()));
				}
			}
		}
		days.sort(Comparator.comparing(DemoDistrict.Holiday::day));
		return List.copyOf(days);
	}

	/** @return every day off of every period, in date order */
	static List<DemoDistrict.Holiday> days() {
		List<DemoDistrict.Holiday> days = new ArrayList<>();
		for (Period p : PERIODS) {
			for (LocalDate d = p.first(); !d.isAfter(p.last()); d = d.plusDays(1)) {
				days.add(new DemoDistrict.Holiday(d, p.name()));
			}
		}
		return days;
	}

	/** @return the make-up working days, in date order */
	static List<DemoDistrict.Holiday> workdays() {
		return WORKDAYS;
	}

	private static DemoDistrict.Holiday workday(String name, String day) {
		return new DemoDistrict.Holiday(LocalDate.parse(day), name);
	}

	private static Period period(String name, String first, String last) {
		return new Period(name, LocalDate.parse(first), LocalDate.parse(last));
	}
}
