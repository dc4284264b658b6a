package org.zhucun.workteams;

/**
 * A rule of DOMAIN §3 that an active team breaks; shown to the office and the town, never blocking (the situations
 * are real and must be seen). The code is also the {@code data-problem} attribute of the team page.
 */
public enum TeamProblem {

	/** No active member leads the team. */
	NO_LEADER,
	/** A team of a registered poor village has fewer active members than the minimum in force today. */
	BELOW_MINIMUM,
	/** The planned end of the term has passed while the team is still active. */
	TERM_OVER,
	/** The term ends within {@value #TERM_ENDING_DAYS} days. */
	TERM_ENDING,
	/** The term is shorter than the minimum in force today (setting team.min-term-months, two years by default). */
	SHORT_TERM,
	/** A member left this month or last month and was not replaced in time (不撤不减). */
	REDUCTION;

	/** How many days before its end a term is shown as ending. */
	public static final int TERM_ENDING_DAYS = 60;
}
