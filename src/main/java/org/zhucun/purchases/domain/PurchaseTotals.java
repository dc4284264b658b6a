package org.zhucun.purchases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counting rule of consumption aid (DOMAIN §8), as plain code: only received-and-paid purchases count, summed
 * exactly in fen (BigDecimal, never floating point), by the month of the purchase's date. The database's totals
 * (PurchaseQueries) follow the same rule in SQL; the tests hold the two together.
 */
public final class PurchaseTotals {

	/** One purchase as far as counting goes. */
	public record Line(LocalDate date, BigDecimal amount, PurchaseStatus status) {
	}

	private PurchaseTotals() {
	}

	/** @return the counted amount of the lines, with two decimals */
	public static BigDecimal counted(Collection<Line> lines) {
		BigDecimal sum = BigDecimal.ZERO.setScale(2);
		for (Line line : lines) {
			if (line.status().counted()) {
				sum = sum.add(line.amount());
			}
		}
		return sum;
	}

	/** @return the counted amount of the lines dated in the month */
	public static BigDecimal countedIn(Collection<Line> lines, YearMonth month) {
		return counted(lines.stream().filter(l -> YearMonth.from(l.date()).equals(month)).toList());
	}

	/** @return the counted amount from the first of the month's year to the month's end */
	public static BigDecimal countedYearTo(Collection<Line> lines, YearMonth month) {
		LocalDate first = month.atDay(1).withDayOfYear(1);
		LocalDate last = month.atEndOfMonth();
		return counted(lines.stream().filter(l -> !l.date().isBefore(first) && !l.date().isAfter(last)).toList());
	}

	/** @return the counted amount per month, months without counted purchases left out */
	public static Map<YearMonth, BigDecimal> byMonth(Collection<Line> lines) {
		Map<YearMonth, BigDecimal> months = new TreeMap<>();
		for (Line line : lines) {
			if (line.status().counted()) {
				months.merge(YearMonth.from(line.date()), line.amount(), BigDecimal::add);
			}
		}
		return months;
	}
}
