package org.zhucun.attendance;

import java.math.BigDecimal;

/**
 * What a cadre declares for today: the status, the night in the village, the browser's position and its accuracy
 * (all three optional), and the version of the record the form was built on ({@code null} for a day without one).
 */
public record DayCommand(DayStatus status, boolean overnight, BigDecimal latitude, BigDecimal longitude,
		Integer accuracyM, Long version) {

	/** @return whether a whole position was given */
	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}
}
