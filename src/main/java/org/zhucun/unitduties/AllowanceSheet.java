package org.zhucun.unitduties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The stationed-work allowance (驻村工作补助) of a unit's cadres for a month: each cadre's days in the village as the
 * monthly attendance sheet counts them, times the daily rate in force; no amounts while the rate is not set.
 * @param unitId the unit
 * @param unitName its name
 * @param month the month
 * @param from the first day counted (the attendance sheets count the month's ISO weeks)
 * @param to the last day counted
 * @param rate the daily rate in force on the month's first day, or {@code null} while not set
 * @param lines one line per cadre, by name
 * @param today the day the sheet was made (for the print view)
 * @param townCadresOnly whether the lines are only the town's cadres (a town official reads the sheet, DOMAIN §1)
 */
public record AllowanceSheet(Long unitId, String unitName, YearMonth month, LocalDate from, LocalDate to,
		BigDecimal rate, List<AllowanceLine> lines, LocalDate today, boolean townCadresOnly) {

	/** One cadre's allowance: days in the village and the amount ({@code null} while the rate is not set). */
	public record AllowanceLine(Long cadreId, String cadreName, String villages, int days, BigDecimal amount) {
	}

	/** @return whether the daily rate is set for the month */
	public boolean rateSet() {
		return this.rate != null;
	}

	public int totalDays() {
		return this.lines.stream().mapToInt(AllowanceLine::days).sum();
	}

	/** @return the sum of the amounts, or {@code null} while the rate is not set */
	public BigDecimal total() {
		return this.rate == null ? null
				: this.lines.stream().map(AllowanceLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}
}
