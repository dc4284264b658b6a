package org.zhucun.attendance.web;

import java.time.YearMonth;
import java.util.Arrays;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.attendance.MonthOverview;
import org.zhucun.attendance.OverviewRollupService;
import org.zhucun.attendance.domain.rule.MonthFlag;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The month overview for the office (the district by town, or one town) and for a town official (their town):
 * compliance figures, the cadres who did not meet the rule with the reason, and the discrepancies. A malformed month
 * shows the current month with a message.
 */
@PreAuthorize(Allowed.OFFICE_OR_TOWN)
@Controller
class OverviewController {

	private final OverviewRollupService overviews;

	OverviewController(OverviewRollupService overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/attendance/overview")
	String overview(@RequestParam(required = false) String month, @RequestParam(required = false) Long town,
			@RequestParam(required = false) Long listTown, @RequestParam(required = false) String flag,
			@RequestParam(defaultValue = "0") int page, Model model) {
		RequestedMonth asked = RequestedMonth.of(month, this.overviews.currentMonth());
		if (asked.invalid()) {
			model.addAttribute("monthInvalid", true);
		}
		YearMonth parsed = asked.value();
		MonthOverview view = this.overviews.overview(parsed, town, listTown, flag(flag), page);
		model.addAttribute("view", view);
		model.addAttribute("chart", this.overviews.chart(parsed, view.townId()));
		model.addAttribute("flags", MonthFlag.values());
		model.addAttribute("previousMonth", parsed.minusMonths(1).toString());
		model.addAttribute("nextMonth", parsed.plusMonths(1).toString());
		return "attendance/overview";
	}

	private static MonthFlag flag(String text) {
		return Arrays.stream(MonthFlag.values()).filter(f -> f.name().equals(text)).findFirst().orElse(null);
	}
}
