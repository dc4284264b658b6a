package org.zhucun.monthlyreports;

/** The sections of a monthly report, each commented on and compared on its own. */
public enum Section {
	/** A comment on the whole report: the reason of a return or a reopening. */
	GENERAL,
	/** The unit leadership's visits and the quarter's meeting. */
	LEADER_VISITS,
	/** The team's attendance per cadre. */
	ATTENDANCE,
	/** The contacts with the paired households, the overdue ones and the monitoring cases. */
	HOUSEHOLDS,
	/** The consumption aid of the month and the year to date. */
	PURCHASES,
	/** The work done. */
	WORK_DONE,
	/** Problems met. */
	PROBLEMS,
	/** Help needed. */
	HELP_NEEDED,
	/** Next month's plan. */
	NEXT_PLAN
}
