package org.zhucun.organization.settings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
import org.zhucun.shared.database.ReadOnlyTransactionCache;

/**
 * The holiday calendar read from the database: one query per call, except in a read-only transaction, which reads the
 * calendar once and answers every call from it ({@link ReadOnlyTransactionCache}).
 */
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
		for (Holiday holiday : between(from, to, HolidayKind.HOLIDAY)) {
			names.put(holiday.getDay(), holiday.getName());
		}
		return names;
	}

	@Override
	public Set<LocalDate> makeUpWorkdaysBetween(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			return Set.of();
		}
		return between(from, to, HolidayKind.WORKDAY)
			.stream()
			.map(Holiday::getDay)
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	@Override
	public Optional<String> nameOf(LocalDate day) {
		return namesBetween(day, day).values().stream().findFirst();
	}

	/**
	 * The days of the kind from {@code from} to {@code to}, by day: in a read-only transaction from the calendar read
	 * once for the transaction (a page asks for a week's or a month's days several times), else queried.
	 */
	private List<Holiday> between(LocalDate from, LocalDate to, HolidayKind kind) {
		if (!ReadOnlyTransactionCache.active()) {
			return this.holidays.findByDayBetweenAndKindOrderByDay(from, to, kind);
		}
		return ReadOnlyTransactionCache.get(this, () -> List.copyOf(this.holidays.findAll()))
			.stream()
			.filter(h -> h.getKind() == kind && !h.getDay().isBefore(from) && !h.getDay().isAfter(to))
			.sorted(Comparator.comparing(Holiday::getDay))
			.toList();
	}
}
