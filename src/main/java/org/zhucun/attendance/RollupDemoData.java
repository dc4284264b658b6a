package org.zhucun.attendance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.DemoData;

/**
 * Rolls up the demo district's months once everything is loaded (the last of the demo contributions): the twelve
 * months before the load month and the load month, each judged as a whole in one pass (MonthRollups), so that the
 * first overview and its chart read stored figures even at city and province scale.
 */
@Component
@Profile("demo")
class RollupDemoData implements DemoData {

	/** Months rolled up before the load month: those of the overview's chart. */
	static final int MONTHS_BEFORE = OverviewChart.MONTHS - 1;

	private final MonthRollups rollups;

	RollupDemoData(MonthRollups rollups) {
		this.rollups = rollups;
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	/** The province's overview is read from its roll-ups as well, so they are written with it. */
	@Override
	public boolean writesProvince() {
		return true;
	}

	@Override
	public void load(Context context) {
		YearMonth last = YearMonth.from(context.today());
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = last.minusMonths(MONTHS_BEFORE); !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		this.rollups.rollUp(months);
	}
}
