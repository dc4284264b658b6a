package org.zhucun.organization;

/**
 * What a day of the office's calendar is: a statutory holiday (法定节假日), or a Saturday or Sunday that is a
 * make-up working day (调休上班) because of a holiday.
 */
public enum HolidayKind {

	HOLIDAY, WORKDAY
}
