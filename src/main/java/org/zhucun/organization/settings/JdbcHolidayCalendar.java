package org.zhucun.organization.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organization.HolidayCalendar;
import org.zhucun.organization.HolidayKind;
import org.zhucun.organization.settings.ReferenceRows.CalendarDay;
import org.zhucun.shared.database.ReadOnlyTransactionCache;

/**
 * The holiday calendar read from the database in SQL: one query per call, except in a read-only transaction, which
 * reads the calendar once and answers every call from it ({@link ReadOnlyTransactionCache}). The days are read as plain
 * rows, not as entities: a page only reads them, and the week's and the day's pages read the calendar on every request.
 */
@Service
@Transactional(readOnly = true)
class JdbcHolidayCalendar implements HolidayCalendar {

	private static final String COLUMNS = "select day, kind, name from holiday";

	private final JdbcClient jdbc;

	private final ReferenceRows reference;

	JdbcHolidayCalendar(JdbcClient jdbc, ReferenceRows reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	@Override
	public boolean isHoliday(LocalDate day) {
		return day != null && !between(day, day, HolidayKind.HOLIDAY).isEmpty();
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
		for (CalendarDay holiday : between(from, to, HolidayKind.HOLIDAY)) {
			names.put(holiday.day(), holiday.name());
		}
		return names;
	}

	@Override
	public Set<LocalDate> makeUpWorkdaysBetween(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			return Set.of();
		}
		return between(from, to, HolidayKind.WORKDAY).stream()
			.map(CalendarDay::day)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Override
	public Optional<String> nameOf(LocalDate day) {
		return namesBetween(day, day).values().stream().findFirst();
	}

	/**
	 * The days of the kind from {@code from} to {@code to}, by day: in a read-only transaction from the calendar read
	 * once for the transaction with the settings ({@link ReferenceRows}: a page asks for a week's or a month's days
	 * several times), else queried.
	 */
	private List<CalendarDay> between(LocalDate from, LocalDate to, HolidayKind kind) {
		if (!ReadOnlyTransactionCache.active()) {
			return this.jdbc.sql(COLUMNS + " where kind = :kind and day between :from and :to order by day")
				.param("kind", kind.name())
				.param("from", from)
				.param("to", to)
				.query(JdbcHolidayCalendar::day)
				.list();
		}
		return this.reference.inTransaction()
			.calendar()
			.stream()
			.filter(h -> h.kind() == kind && !h.day().isBefore(from) && !h.day().isAfter(to))
			.toList();
	}

	private static CalendarDay day(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), HolidayKind.valueOf(rs.getString("kind")),
				rs.getString("name"));
	}
}
