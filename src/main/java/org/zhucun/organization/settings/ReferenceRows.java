package org.zhucun.organization.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhucun.organization.HolidayKind;
import org.zhucun.organization.settings.domain.StoredValue;
import org.zhucun.shared.database.ReadOnlyTransactionCache;

/**
 * The holiday calendar and the stored settings as a read-only transaction keeps them ({@link ReadOnlyTransactionCache}):
 * both small tables read in one statement the first time either is asked for. The pages that judge days ask for both
 * (the week's and the day's page, the sheets, the overview), and one round trip to the database instead of two is a
 * visible part of a page that takes a few milliseconds. Outside a read-only transaction {@link JdbcHolidayCalendar} and
 * {@link JdbcPolicySettings} query their own table as before.
 */
@Component
class ReferenceRows {

	/** One day of the calendar: a statutory holiday with its name, or a make-up workday. */
	record CalendarDay(LocalDate day, HolidayKind kind, String name) {
	}

	/** A stored value as the settings' resolver reads it. */
	record SettingRow(String key, LocalDate validFrom, String value) implements StoredValue {

		@Override
		public String getKey() {
			return this.key;
		}

		@Override
		public LocalDate getValidFrom() {
			return this.validFrom;
		}

		@Override
		public String getValue() {
			return this.value;
		}
	}

	/** Both tables as read at the first call in the transaction; the calendar by day. */
	record Rows(List<CalendarDay> calendar, List<SettingRow> settings) {
	}

	// the calendar's rows (day, kind, name) by day, then the settings' (valid from, key, value)
	private static final String BOTH = """
			select 'H' as source, day, kind as first, name as second from holiday
			union all
			select 'S', valid_from, key, value from policy_setting
			order by 1, 2""";

	private final JdbcClient jdbc;

	ReferenceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the holiday calendar and the stored settings kept in the current read-only transaction
	 * @throws IllegalStateException outside a read-only transaction
	 */
	Rows inTransaction() {
		return ReadOnlyTransactionCache.get(this, this::read);
	}

	private Rows read() {
		List<CalendarDay> calendar = new ArrayList<>();
		List<SettingRow> settings = new ArrayList<>();
		this.jdbc.sql(BOTH).query(rs -> {
			LocalDate day = rs.getObject("day", LocalDate.class);
			if ("H".equals(rs.getString("source"))) {
				calendar.add(new CalendarDay(day, HolidayKind.valueOf(rs.getString("first")), rs.getString("second")));
			}
			else {
				settings.add(new SettingRow(rs.getString("first"), day, rs.getString("second")));
			}
		});
		return new Rows(List.copyOf(calendar), List.copyOf(settings));
	}
}
