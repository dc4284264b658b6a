package org.zhucun.oversight;

import org.zhucun.oversight.domain.FindingSource;
import org.zhucun.oversight.domain.FindingState;

/**
 * The filters of the list of findings (null: any): the state, the source, overdue only, the unit and the town (the
 * office's filters; a unit's liaison always sees their unit's, a town official their town's).
 */
public record FindingFilter(FindingState state, FindingSource source, Boolean overdue, Long unitId, Long townId) {

	/** @return no filter */
	public static FindingFilter none() {
		return new FindingFilter(null, null, null, null, null);
	}
}
