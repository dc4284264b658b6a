package org.zhucun.unitduties.domain.rule;

/**
 * The numbers of the monthly rule in force for a month (settings valid on its first day).
 * @param principalVisits visits the principal makes at least ({@code duty.principal-visits-per-month})
 * @param othersDays days the other members spend in the village at least, in total ({@code duty.others-days-per-month})
 */
public record DutyNumbers(int principalVisits, int othersDays) {

	public DutyNumbers {
		if (principalVisits < 0 || othersDays < 0) {
			throw new IllegalArgumentException("The rule's numbers are never negative");
		}
	}
}
