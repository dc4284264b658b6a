package org.zhucun.monthlyreports.domain;

/** The transitions of a monthly report. */
public enum ReportAction {
	/** The unit starts the month's report. */
	DRAFT,
	/** The unit saves its written sections or refreshes the figures. */
	EDIT,
	/** The unit submits (or resubmits after a return). */
	SUBMIT,
	/** The office accepts a submitted report. */
	ACCEPT,
	/** The office returns a submitted report with a comment. */
	RETURN,
	/** The office reopens an accepted report with a reason; it goes back to the unit as returned. */
	REOPEN
}
