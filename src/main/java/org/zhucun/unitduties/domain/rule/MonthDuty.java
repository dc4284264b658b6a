package org.zhucun.unitduties.domain.rule;

import java.time.YearMonth;
import java.util.Map;

/**
 * One unit's month judged by the rule.
 * @param month the month
 * @param required the numbers in force for the month
 * @param principalVisits the principal's visits overlapping the month
 * @param othersDays the other members' days in the village within the month (each member's day counted once)
 * @param daysByLeader every member's days in the village within the month, the principal's included, by member
 */
public record MonthDuty(YearMonth month, DutyNumbers required, int principalVisits, int othersDays,
		Map<Long, Integer> daysByLeader) {

	public MonthDuty {
		daysByLeader = Map.copyOf(daysByLeader);
	}

	/** @return whether the principal made the visits the month asks for */
	public boolean principalVisited() {
		return this.principalVisits >= this.required.principalVisits();
	}

	/** @return whether the other members reached their days */
	public boolean othersMet() {
		return this.othersDays >= this.required.othersDays();
	}

	/** @return whether the month's rule is met */
	public boolean met() {
		return principalVisited() && othersMet();
	}

	/** @return the days the other members still lack (0 when reached) */
	public int othersShort() {
		return Math.max(0, this.required.othersDays() - this.othersDays);
	}
}
