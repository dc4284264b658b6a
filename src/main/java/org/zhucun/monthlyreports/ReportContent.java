package org.zhucun.monthlyreports;

import java.util.List;

/**
 * What a monthly report says: the figures pre-filled from the records and the written sections. A submission stores
 * it as JSON, frozen; the draft keeps its figures as JSON too, refreshed until submission.
 * @param attendance the team's attendance per cadre
 * @param texts the written sections (empty in the draft's stored figures, which keep them in columns)
 */
public record ReportContent(List<CadreLine> attendance, Texts texts) {

	public ReportContent {
		attendance = attendance == null ? List.of() : List.copyOf(attendance);
		texts = texts == null ? Texts.EMPTY : texts;
	}

	/** @return the same figures with these written sections */
	public ReportContent with(Texts newTexts) {
		return new ReportContent(this.attendance, newTexts);
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
