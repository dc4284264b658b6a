package org.zhucun.attendance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhucun.attendance.domain.rule.MonthFlag;

/**
 * The totals line of a monthly sheet: the sums of its rows, and how many rows raised each flag.
 *
 * @param cadres the rows summed
 * @param inVillageDays days in the village
 * @param nights nights in the village
 * @param officialBusinessDays official business days
 * @param leaveDays leave days
 * @param absentDays absent days
 * @param gapDays days with no record
 * @param weeksMet weeks that complied
 * @param weeksJudged weeks judged
 * @param discrepancies spot check discrepancies
 * @param flagged rows by flag raised, every flag present
 */
public record SheetTotals(int cadres, int inVillageDays, int nights, int officialBusinessDays, int leaveDays,
		int absentDays, int gapDays, int weeksMet, int weeksJudged, int discrepancies, Map<MonthFlag, Integer> flagged) {

	/** @return the totals of the rows */
	public static SheetTotals of(List<CadreMonth> rows) {
		Map<MonthFlag, Integer> flagged = new EnumMap<>(MonthFlag.class);
		for (MonthFlag flag : MonthFlag.values()) {
			flagged.put(flag, (int) rows.stream().filter(r -> r.has(flag)).count());
		}
		return new SheetTotals(rows.size(), rows.stream().mapToInt(CadreMonth::inVillageDays).sum(),
				rows.stream().mapToInt(CadreMonth::nights).sum(),
				rows.stream().mapToInt(CadreMonth::officialBusinessDays).sum(),
				rows.stream().mapToInt(CadreMonth::leaveDays).sum(), rows.stream().mapToInt(CadreMonth::absentDays).sum(),
				rows.stream().mapToInt(CadreMonth::gapDays).sum(), rows.stream().mapToInt(CadreMonth::weeksMet).sum(),
				rows.stream().mapToInt(CadreMonth::weeksJudged).sum(),
				rows.stream().mapToInt(CadreMonth::discrepancies).sum(), flagged);
	}

	/** @return how many rows raised the flag */
	public int flagged(MonthFlag flag) {
		return this.flagged.getOrDefault(flag, 0);
	}
}
