package org.zhucun.organization.settings;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organization.HolidayCalendar;
import org.zhucun.organization.HolidayKind;
import org.zhucun.organization.settings.domain.Holiday;
import org.zhucun.organization.settings.domain.HolidayRepository;

/** The holiday calendar read from the database, one query per call. */
@Service
@Transactional(readOnly = true)
class JpaHolidayCalendar implements HolidayCalendar {

	private final HolidayRepository holidays;

	JpaHolidayCalendar(HolidayRepository holidays) {
		this.holidays = holidays;
	}

	@Override
	public boolean isHoliday(LocalDate day) {
		return day != null && this.holidays.existsByDayAndKind(day, HolidayKind.HOLIDAY);
	}

	@Override
	public Set<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
		return namesBetween(from, to).keySet();
	}

	@Override
	public SortedMap<LocalDate, String> namesBetween(LocalDate from, LocalDate to) {
		SortedMap<LocalDate, String> names = new TreeMap<>();
		if (from == null || to == null || to.isBefore(from)) {
			return names;
		}
		for (Holiday holiday : this.holidays.findByDayBetweenAndKindOrderByDay(from, to, HolidayKind.HOLIDAY)) {
			names.put(holiday.getDay(), holiday.getName());
		}
		return names;
	}

	@Override
	public Set<LocalDate> makeUpWorkdaysBetween(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			return Set.of();
		}
		return this.holidays.findByDayBetweenAndKindOrderByDay(from, to, HolidayKind.WORKDAY)
			.stream()
			.map(Holiday::getDay)
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	@Override
	public Optional<String> nameOf(LocalDate day) {
		return namesBetween(day, day).values().stream().findFirst();
	}
}
