package org.zhucun.monthlyreports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a monthly report says: the figures pre-filled from the records and the written sections. A submission stores
 * it as JSON, frozen; the draft keeps its figures as JSON too, refreshed until submission. Reports stored before a
 * section was pre-filled have {@code null} for it: pages show it as not part of that version.
 * @param leaderVisits the unit leadership's visits of the month and the quarter's meeting, or {@code null}
 * @param attendance the team's attendance per cadre
 * @param households the contacts with the paired households, the overdue ones and the monitoring cases, or {@code null}
 * @param purchases the consumption aid of the month and the year to date, or {@code null}
 * @param texts the written sections (empty in the draft's stored figures, which keep them in columns)
 */
public record ReportContent(LeaderVisits leaderVisits, List<CadreLine> attendance, Households households,
		PurchaseFigures purchases, Texts texts) {

	public ReportContent {
		attendance = attendance == null ? List.of() : List.copyOf(attendance);
		texts = texts == null ? Texts.EMPTY : texts;
	}

	/** @return the same figures with these written sections */
	public ReportContent with(Texts newTexts) {
		return new ReportContent(this.leaderVisits, this.attendance, this.households, this.purchases, newTexts);
	}

	/** @return the same report with the attendance of the cadres the predicate keeps (by the cadre's id) only */
	public ReportContent attendanceOf(java.util.function.LongPredicate cadres) {
		return new ReportContent(this.leaderVisits,
				this.attendance.stream().filter(l -> l.cadreId() != null && cadres.test(l.cadreId())).toList(),
				this.households, this.purchases, this.texts);
	}

	/**
	 * The unit leadership's duties in the month (DOMAIN §6).
	 * @param principalVisited whether the principal made the visits the month asks for
	 * @param othersDays the other members' days in the village within the month
	 * @param othersRequired the days the month asks of the other members
	 * @param meetingThisQuarter whether the unit held its meeting in the month's quarter
	 * @param met whether the month's rule is met
	 * @param visits the visits overlapping the month, by first day
	 */
	public record LeaderVisits(boolean principalVisited, int othersDays, int othersRequired,
			boolean meetingThisQuarter, boolean met, List<Visit> visits) {

		public LeaderVisits {
			visits = visits == null ? List.of() : List.copyOf(visits);
		}
	}

	/**
	 * One leadership member's visit.
	 * @param visitId the visit
	 * @param leaderName the member
	 * @param principal whether the member was the principal
	 * @param villageName where
	 * @param firstDay first day in the village
	 * @param lastDay last day in the village
	 * @param daysInMonth the visit's days in the month
	 */
	public record Visit(Long visitId, String leaderName, boolean principal, String villageName, LocalDate firstDay,
			LocalDate lastDay, int daysInMonth) {

		/** @return the key that finds the same visit in another version of the report */
		public String key() {
			return String.valueOf(this.visitId);
		}
	}

	/**
	 * The unit's pairings in the month (DOMAIN §7).
	 * @param householdsPaired households paired with the unit's cadres
	 * @param contacts contacts of any kind logged in the month
	 * @param homeVisits of those, home visits
	 * @param householdsOverdue paired households the month's contact rule was not met for
	 * @param monitoringInProgress monitoring cases of the paired households in progress
	 */
	public record Households(int householdsPaired, int contacts, int homeVisits, int householdsOverdue,
			int monitoringInProgress) {
	}

	/**
	 * The unit's consumption aid (DOMAIN §8): counted (received and paid) amounts.
	 * @param countedThisMonth the month's purchases
	 * @param countedYearToDate the year's purchases to the month's end
	 * @param target the year's target, {@code null} when none is set or the unit is exempt
	 * @param exempt whether the unit is exempt from a target
	 * @param progress year to date over target (0.7012 = 70.12 %), {@code null} without a target
	 */
	public record PurchaseFigures(BigDecimal countedThisMonth, BigDecimal countedYearToDate, BigDecimal target,
			boolean exempt, BigDecimal progress) {
	}

	/**
	 * One cadre's month in a team, as the monthly sheet judges it.
	 * @param cadreId the cadre
	 * @param cadreName the name
	 * @param villageName the team's village
	 * @param leader whether the cadre led the team
	 * @param inVillageDays days in the village
	 * @param nights nights in the village
	 * @param weeksMet weeks that met the rule
	 * @param weeksJudged weeks judged
	 * @param leaveDays leave days
	 * @param absentDays days absent without approval
	 * @param discrepancies spot checks that found the cadre away on a day declared in the village
	 * @param complies whether every judged week met the rule and no flag was raised
	 */
	public record CadreLine(Long cadreId, String cadreName, String villageName, boolean leader, int inVillageDays,
			int nights, int weeksMet, int weeksJudged, int leaveDays, int absentDays, int discrepancies,
			boolean complies) {

		/** @return the key that finds the same line in another version of the report */
		public String key() {
			return this.cadreId + "@" + this.villageName;
		}
	}

	/**
	 * The written sections.
	 * @param workDone the work done this month
	 * @param problems problems met
	 * @param helpNeeded help needed from the office or the town
	 * @param nextPlan next month's plan
	 */
	public record Texts(String workDone, String problems, String helpNeeded, String nextPlan) {

		/** No text written. */
		public static final Texts EMPTY = new Texts("", "", "", "");

		public Texts {
			workDone = workDone == null ? "" : workDone;
			problems = problems == null ? "" : problems;
			helpNeeded = helpNeeded == null ? "" : helpNeeded;
			nextPlan = nextPlan == null ? "" : nextPlan;
		}
	}
}
