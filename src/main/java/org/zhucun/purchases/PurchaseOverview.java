package org.zhucun.purchases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The office's overview of consumption aid in a year up to the day judged: the district's monthly totals against its
 * targets, the channel mix, progress by town, and the sellers' villages by town. Every figure counts received-and-paid
 * purchases only and is summed by the database.
 */
public record PurchaseOverview(int year, LocalDate judgedOn, BigDecimal yearGone, BigDecimal districtTarget,
		BigDecimal districtCounted, BigDecimal districtProgress, List<MonthTotal> months, List<ChannelTotal> channels,
		List<TownProgress> towns, List<TownSellers> sellers) {

	/** A month of the district: its counted amount, the year's sum to its end, and that sum over the targets. */
	public record MonthTotal(YearMonth month, long purchases, BigDecimal counted, BigDecimal cumulative,
			BigDecimal progress, BigDecimal dueByMonthEnd) {
	}

	/** A channel's counted purchases and its share of the year's amount. */
	public record ChannelTotal(Long channelId, String name, long purchases, BigDecimal counted, BigDecimal share) {
	}

	/** The units serving a town's villages: their targets, counted amount and progress. */
	public record TownProgress(Long townId, String name, long units, BigDecimal target, BigDecimal counted,
			BigDecimal progress, boolean behind) {
	}

	/** A town's villages that sold: how many, how many purchases, what amount. */
	public record TownSellers(Long townId, String name, long villages, long purchases, BigDecimal counted) {
	}
}
