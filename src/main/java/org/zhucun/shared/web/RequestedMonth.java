package org.zhucun.shared.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A month asked for in a query string as 2026-11. A missing month means the current one; a malformed month, or one
 * outside the years 2000 to 2100, falls back to the current one and is marked invalid, so the page can say so
 * instead of failing.
 *
 * @param value the month to show
 * @param invalid whether the month asked for could not be used
 */
public record RequestedMonth(YearMonth value, boolean invalid) {

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	/** @return the month asked for, or the current month when it is missing or cannot be used */
	public static RequestedMonth of(String text, YearMonth current) {
		if (text == null || text.isBlank()) {
			return new RequestedMonth(current, false);
		}
		return parse(text).map(month -> new RequestedMonth(month, false))
			.orElseGet(() -> new RequestedMonth(current, true));
	}

	/** @return the month written as yyyy-MM within the years the application knows, or empty */
	public static Optional<YearMonth> parse(String text) {
		if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
			return Optional.empty();
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			return month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(month);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
