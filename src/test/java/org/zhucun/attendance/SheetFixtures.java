package org.zhucun.attendance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlags;
import org.zhucun.attendance.domain.rule.WeekResult;

/** Hand-made months for the unit tests of the sheets, and the sheets' messages without a Spring context. */
final class SheetFixtures {

	/** Week 41 of 2026: Monday 2026-10-05. */
	static final IsoWeek W41 = IsoWeek.of(LocalDate.of(2026, 10, 5));

	private SheetFixtures() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/sheets");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static WeekResult week(IsoWeek week, int days, int nights, int requiredDays, int requiredNights) {
		return new WeekResult(week, days, nights, requiredDays, requiredNights, 5 - requiredDays, 7, 0,
				days >= requiredDays && nights >= requiredNights);
	}

	static CadreMonth month(long cadreId, String name, boolean leader, List<WeekResult> weeks, int absentDays,
			int discrepancies) {
		int days = weeks.stream().mapToInt(WeekResult::days).sum();
		int nights = weeks.stream().mapToInt(WeekResult::nights).sum();
		return new CadreMonth(cadreId, name, leader, 7L, "枣庙村", 3L, "城关镇", 5L, "区财政局", weeks, days, nights, 1, 2,
				0, absentDays, 1, MonthFlags.of(weeks, discrepancies));
	}
}
