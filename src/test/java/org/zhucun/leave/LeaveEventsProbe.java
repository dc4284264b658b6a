package org.zhucun.leave;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener for the leave events in the tests, so that the persistent registry records their publications even
 * before the attendance module, their real listener, is part of the build.
 */
@Component
class LeaveEventsProbe {

	@ApplicationModuleListener
	void on(LeaveDaysGranted event) {
		// The publication row is what the tests check.
	}

	@ApplicationModuleListener
	void on(LeaveDaysWithdrawn event) {
		// The publication row is what the tests check.
	}
}
