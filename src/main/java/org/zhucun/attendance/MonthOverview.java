package org.zhucun.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;
import org.zhucun.attendance.domain.rule.IsoWeek;
import org.zhucun.attendance.domain.rule.MonthFlag;

/**
 * The month overview of the office (the district by town) or of one town (its teams): compliance figures, the cadres
 * who did not meet the rule with the reason, and the month's discrepancies (DOMAIN §4). It shows compliance, never a
 * ranking: every list is ordered by town, village and name, or by day.
 *
 * @param month the month
 * @param from the first day of the month's ISO weeks
 * @param to the last day of the month's ISO weeks
 * @param townId the town shown, or null for the district
 * @param townName its name, or null
 * @param office whether the signed-in account belongs to the office (and may go back to the district)
 * @param summary the figures of the whole scope
 * @param towns the figures by town, for the district only (empty for a town)
 * @param teams the figures by team, for a town only (empty for the district)
 * @param cadres the page of cadres who did not meet the rule, after the filters
 * @param townFilter the town the cadre list is filtered by (district only), or null
 * @param flagFilter the flag the cadre list is filtered by, or null
 * @param discrepancies the first discrepancies of the month in the scope
 * @param discrepancyTotal how many there are in all
 */
public record MonthOverview(YearMonth month, LocalDate from, LocalDate to, Long townId, String townName,
		boolean office, Figures summary, List<TownRow> towns, List<TeamRow> teams, Page<CadreMonth> cadres,
		Long townFilter, MonthFlag flagFilter, List<DiscrepancyRow> discrepancies, long discrepancyTotal) {

	public MonthOverview {
		towns = List.copyOf(towns);
		teams = List.copyOf(teams);
		discrepancies = List.copyOf(discrepancies);
	}

	/** @return whether a town (not the district) is shown */
	public boolean isTown() {
		return this.townId != null;
	}

	/** @return the first ISO week of the month, as 2026-W40 */
	public String firstWeek() {
		return IsoWeek.of(this.from).toString();
	}

	/** @return whether the cadre's month is flagged nominal (挂名驻村) */
	public boolean nominal(CadreMonth month) {
		return month.has(MonthFlag.NOMINAL);
	}

	/** @return whether the cadre's month is flagged commuting (两头跑) */
	public boolean commuting(CadreMonth month) {
		return month.has(MonthFlag.COMMUTING);
	}

	/** @return whether there are more discrepancies than listed */
	public boolean moreDiscrepancies() {
		return this.discrepancyTotal > this.discrepancies.size();
	}

	/**
	 * Compliance figures of a scope. Cadres are counted once each, even when they served in two teams in the month.
	 *
	 * @param teams teams serving in the month
	 * @param cadresJudged cadres with at least one judged week or a flag
	 * @param cadresMet those who met the rule in every judged week without a flag
	 * @param cadresNotMet the others
	 * @param nominal cadres flagged NOMINAL
	 * @param commuting cadres flagged COMMUTING
	 * @param absent cadres flagged ABSENT
	 * @param discrepancies spot checks that found a cadre absent on a day declared in the village
	 * @param gapDays past member days without a record
	 * @param weeksJudged judged cadre weeks
	 * @param weeksMet judged cadre weeks that complied
	 */
	public record Figures(int teams, int cadresJudged, int cadresMet, int cadresNotMet, int nominal, int commuting,
			int absent, int discrepancies, int gapDays, int weeksJudged, int weeksMet) {
	}

	/** A town of the district with its figures. */
	public record TownRow(Long townId, String townName, Figures figures) {
	}

	/** A team of the town with its figures. */
	public record TeamRow(Long teamId, String villageName, String unitName, Figures figures) {
	}

	/** A spot check that found a cadre absent on a day declared in the village. */
	public record DiscrepancyRow(Long spotCheckId, LocalDate day, OffsetDateTime checkedAt, String method,
			Long cadreId, String cadreName, Long teamId, String villageName, Long townId, String townName) {
	}
}
