package org.zhucun.leave;

import java.time.YearMonth;

import org.zhucun.leave.domain.LeaveState;
import org.zhucun.leave.domain.LeaveType;

/** The filters of the list of requests; null means any. The scope narrows them further. */
public record LeaveFilter(LeaveState state, LeaveType type, YearMonth month, Long townId, Long unitId) {

	public static LeaveFilter none() {
		return new LeaveFilter(null, null, null, null, null);
	}
}
