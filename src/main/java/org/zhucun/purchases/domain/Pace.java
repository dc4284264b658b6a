package org.zhucun.purchases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Progress against a reserved share and its pace (DOMAIN §8): progress is the counted amount over the year's target;
 * a unit is behind its pace when the share of the target it reached is below the share of the year gone (days
 * passed up to and including the day judged, over the days of the year). Exempt units and units without a target
 * have no progress and are never behind.
 */
public final class Pace {

	/** Decimals of a share (0.7012 = 70.12 %). */
	public static final int SCALE = 4;

	private Pace() {
	}

	/** @return counted / target with {@link #SCALE} decimals, or {@code null} when there is no target (or exempt) */
	public static BigDecimal progress(BigDecimal counted, BigDecimal target, boolean exempt) {
		if (exempt || target == null || target.signum() <= 0) {
			return null;
		}
		return counted.divide(target, SCALE, RoundingMode.HALF_UP);
	}

	/** @return the share of the day's year gone by the end of the day: 1/365 on 1 January, 1 on 31 December */
	public static BigDecimal yearGone(LocalDate day) {
		return BigDecimal.valueOf(day.getDayOfYear())
			.divide(BigDecimal.valueOf(day.lengthOfYear()), SCALE, RoundingMode.HALF_UP);
	}

	/** @return the day a month is judged on: its last day, or today while it runs */
	public static LocalDate judgedOn(YearMonth month, LocalDate today) {
		LocalDate end = month.atEndOfMonth();
		return end.isAfter(today) && !month.atDay(1).isAfter(today) ? today : end;
	}

	/** @return whether the progress (null: no target) is below the share of the year gone on the day */
	public static boolean behind(BigDecimal progress, LocalDate day) {
		return progress != null && progress.compareTo(yearGone(day)) < 0;
	}

	/** @return the amount the unit should have reached by the day to keep pace, or {@code null} without a target */
	public static BigDecimal dueBy(BigDecimal target, boolean exempt, LocalDate day) {
		if (exempt || target == null) {
			return null;
		}
		return target.multiply(BigDecimal.valueOf(day.getDayOfYear()))
			.divide(BigDecimal.valueOf(day.lengthOfYear()), 2, RoundingMode.HALF_UP);
	}
}
