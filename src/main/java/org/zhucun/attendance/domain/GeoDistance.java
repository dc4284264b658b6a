package org.zhucun.attendance.domain;

import java.math.BigDecimal;

/** The great-circle distance between two positions (haversine on a sphere of the earth's mean radius), in metres. */
public final class GeoDistance {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private GeoDistance() {
	}

	/** @return the distance in whole metres, rounded */
	public static int metres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double phi1 = Math.toRadians(lat1.doubleValue());
		double phi2 = Math.toRadians(lat2.doubleValue());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		double c = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
		return (int) Math.round(EARTH_RADIUS_M * c);
	}
}
