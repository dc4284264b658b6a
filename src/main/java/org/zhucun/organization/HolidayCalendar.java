package org.zhucun.organization;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The statutory holidays the office keeps (法定节假日), and the make-up working days
 * (调休上班) that go with them; {@link #isHoliday} and the other holiday methods answer for holidays only. Weekends are not holidays here: the attendance module treats
 * them as rest days by itself. The calendar is district-wide and not personal, so any code may read it.
 */
public interface HolidayCalendar {

	boolean isHoliday(LocalDate day);

	/** @return the holidays from {@code from} to {@code to}, both included */
	Set<LocalDate> holidaysBetween(LocalDate from, LocalDate to);

	/** @return the holidays from {@code from} to {@code to}, both included, with their names, by date */
	SortedMap<LocalDate, String> namesBetween(LocalDate from, LocalDate to);

	/**
	 * @return the make-up working days (调休上班: a Saturday or Sunday worked because of a holiday) from {@code from}
	 * to {@code to}, both included; the weekly rule treats them as working days
	 */
	Set<LocalDate> makeUpWorkdaysBetween(LocalDate from, LocalDate to);

	/** @return the name of the holiday on the day, e.g. 国庆节, or empty when the day is not a holiday */
	Optional<String> nameOf(LocalDate day);
}
