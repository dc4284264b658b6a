package org.zhucun.unitduties;

import java.math.BigDecimal;
import java.util.List;

/**
 * An aid unit's duties in one month (DOMAIN §6), for the monthly report.
 * @param visits the leadership members' visits overlapping the month, by first day
 * @param principalVisited whether the principal made the visits the month asks for
 * @param othersDays the other members' days in the village within the month
 * @param othersRequired the days the month asks of the other members (the setting in force on the month's first day)
 * @param meetingThisQuarter whether the unit held its meeting in the month's quarter
 * @param allowanceTotal the month's stationed-work allowance of the unit's cadres; {@code null} while no daily rate is set
 * @param met whether the month's rule is met (principal visited and the other members' days reached)
 */
public record UnitDutyMonth(List<VisitLine> visits, boolean principalVisited, int othersDays, int othersRequired,
		boolean meetingThisQuarter, BigDecimal allowanceTotal, boolean met) {

	public UnitDutyMonth {
		visits = List.copyOf(visits);
	}
}
