package org.zhucun.unitduties;

/**
 * An aid unit short of the monthly rule, or without its quarterly meeting, with the reasons (for the overviews and
 * oversight).
 * @param unitId the unit
 * @param unitName its name
 * @param principalVisits the principal's visits in the month
 * @param principalRequired the visits the month asks of the principal
 * @param othersDays the other members' days in the village in the month
 * @param othersRequired the days the month asks of them
 * @param meetingThisQuarter whether the unit held its meeting in the month's quarter
 */
public record UnitDutyShortfall(Long unitId, String unitName, int principalVisits, int principalRequired,
		int othersDays, int othersRequired, boolean meetingThisQuarter) {

	/** @return whether the principal made the visits the month asks for */
	public boolean principalVisited() {
		return this.principalVisits >= this.principalRequired;
	}

	/** @return whether the other members reached their days */
	public boolean othersMet() {
		return this.othersDays >= this.othersRequired;
	}

	/** @return whether the month's rule is met */
	public boolean monthMet() {
		return principalVisited() && othersMet();
	}
}
