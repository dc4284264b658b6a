package org.zhucun.unitduties;

import org.zhucun.unitduties.domain.rule.MonthDuty;

/**
 * The unit administrator's card: this month's duty so far, the days left in the month, the quarter's meeting.
 * @param unitId the unit
 * @param duty the month judged so far
 * @param daysLeft days of the month after today
 * @param meetingThisQuarter whether the quarter's meeting was held
 */
public record UnitMonthCard(Long unitId, MonthDuty duty, int daysLeft, boolean meetingThisQuarter) {
}
