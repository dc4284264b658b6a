package org.zhucun.purchases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.purchases.domain.Pace;

/** The office's overview of consumption aid (one query per part, the figures summed by the database). */
@Service
@Transactional(readOnly = true)
public class PurchaseOverviews {

	private final PurchaseQueries queries;

	private final PurchaseAccess access;

	private final ShareService shares;

	PurchaseOverviews(PurchaseQueries queries, PurchaseAccess access, ShareService shares) {
		this.queries = queries;
		this.access = access;
		this.shares = shares;
	}

	/** @return the year's overview up to the day it is judged on (today, or the year's last day) */
	public PurchaseOverview overview(int year) {
		this.access.office();
		LocalDate judgedOn = this.shares.judgedOn(year);
		BigDecimal target = this.queries.districtTarget(year);
		Map<Integer, Object[]> byMonth = new HashMap<>();
		for (Object[] row : this.queries.monthTotals(year, judgedOn)) {
			byMonth.put((Integer) row[0], row);
		}
		List<PurchaseOverview.MonthTotal> months = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
		for (int m = 1; m <= judgedOn.getMonthValue() && judgedOn.getYear() == year; m++) {
			Object[] row = byMonth.get(m);
			BigDecimal counted = row == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) row[2];
			cumulative = cumulative.add(counted);
			YearMonth month = YearMonth.of(year, m);
			months.add(new PurchaseOverview.MonthTotal(month, row == null ? 0 : (Long) row[1], counted, cumulative,
					Pace.progress(cumulative, target, false), Pace.dueBy(target, false, month.atEndOfMonth())));
		}
		List<PurchaseOverview.ChannelTotal> channels = new ArrayList<>();
		for (PurchaseOverview.ChannelTotal c : this.queries.channelTotals(year, judgedOn)) {
			channels.add(new PurchaseOverview.ChannelTotal(c.channelId(), c.name(), c.purchases(), c.counted(),
					cumulative.signum() == 0 ? null : c.counted().divide(cumulative, 4, RoundingMode.HALF_UP)));
		}
		return new PurchaseOverview(year, judgedOn, Pace.yearGone(judgedOn), target, cumulative,
				Pace.progress(cumulative, target, false), months, channels, this.queries.townProgress(year, judgedOn),
				this.queries.townSellers(year, judgedOn));
	}

	/** @return the active units behind their pace in the year, the furthest behind first */
	public List<UnitProgress> behind(int year) {
		this.access.office();
		return this.queries.behind(year, this.shares.judgedOn(year));
	}
}
