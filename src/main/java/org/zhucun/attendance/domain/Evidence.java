package org.zhucun.attendance.domain;

import java.math.BigDecimal;

/**
 * The optional location evidence of a declared day: the browser's position and accuracy, the distance to the village
 * centre, and whether the record is outside the village's radius and so marked for review (never refused).
 */
public record Evidence(BigDecimal latitude, BigDecimal longitude, Integer accuracyM, Integer distanceM,
		boolean needsReview) {

	/** No location was given. */
	public static final Evidence NONE = new Evidence(null, null, null, null, false);
}
