package org.zhucun.pairings;

/**
 * One aid unit's pairings in one month, for its monthly report.
 * @param householdsPaired households paired with the unit's cadres on the month's last day (today while it runs)
 * @param contacts contacts of any kind the unit's cadres logged in the month
 * @param homeVisits of those, home visits
 * @param householdsOverdue of the households paired, those the month's rule was not met for: no contact in the month
 * though paired on its first day, or, in the last month of a home-visit period, no home visit in that period though
 * paired on its first day
 * @param monitoringInProgress monitoring cases of the households paired, flagged by the month's last day and not
 * cleared or ended as "not included" by then
 * @param measuresStarted assistance measures of monitoring cases the unit is responsible for, started in the month
 * @param measuresRunning assistance measures the unit is responsible for that ran in the month (started by its last
 * day, not ended before its first)
 */
public record PairingMonth(int householdsPaired, int contacts, int homeVisits, int householdsOverdue,
		int monitoringInProgress, int measuresStarted, int measuresRunning) {
}
