package org.zhucun.unitduties;

/**
 * One unit's month for the overviews: the monthly rule's figures and the quarter's meeting.
 * @param unitId the unit
 * @param unitName its name
 * @param principalVisits the principal's visits overlapping the month
 * @param principalRequired the visits the month asks of the principal
 * @param othersDays the other members' days in the village in the month
 * @param othersRequired the days the month asks of them
 * @param meetingThisQuarter whether the unit held its meeting in the month's quarter
 */
public record UnitMonthStatus(Long unitId, String unitName, int principalVisits, int principalRequired,
		int othersDays, int othersRequired, boolean meetingThisQuarter) {

	public boolean principalVisited() {
		return this.principalVisits >= this.principalRequired;
	}

	public boolean othersMet() {
		return this.othersDays >= this.othersRequired;
	}

	/** @return whether the month's rule is met */
	public boolean monthMet() {
		return principalVisited() && othersMet();
	}

	/** @return whether the unit is short of the month's rule or of the quarter's meeting */
	public boolean shortOfAnything() {
		return !monthMet() || !this.meetingThisQuarter;
	}

	UnitDutyShortfall shortfall() {
		return new UnitDutyShortfall(this.unitId, this.unitName, this.principalVisits, this.principalRequired,
				this.othersDays, this.othersRequired, this.meetingThisQuarter);
	}
}
