package org.zhucun.attendance;

/**
 * The signed-in cadre's own attendance page: a month of their calendar with its weeks judged, and today's one-tap
 * form (which the page shows whatever the month).
 */
public record OwnMonthPage(MonthView month, TodayView today) {
}
