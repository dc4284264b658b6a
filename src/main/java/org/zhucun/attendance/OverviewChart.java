package org.zhucun.attendance;

import java.time.YearMonth;
import java.util.List;

/**
 * The overview's chart (DOMAIN §4): the share of the stationed cadres judged in a month who met the rule, month by
 * month over the twelve months up to the month shown, by town (the district) or by team (a town). A compliance view
 * of towns and teams, in the towns' order or by village, never a ranking of people.
 *
 * @param months the twelve months, oldest first
 * @param lines one line per town or team, in the order of the overview's table
 */
public record OverviewChart(List<YearMonth> months, List<Line> lines) {

	/** The months the chart covers. */
	public static final int MONTHS = 12;

	public OverviewChart {
		months = List.copyOf(months);
		lines = List.copyOf(lines);
	}

	/**
	 * A town or a team with its months.
	 * @param id the town's or the team's id
	 * @param name the town's name, or the team's village
	 * @param cells one per month of the chart, in order
	 */
	public record Line(Long id, String name, List<Cell> cells) {

		public Line {
			cells = List.copyOf(cells);
		}
	}

	/**
	 * A month of a town or team: as the overview counts them, the cadres judged and those who met the rule.
	 * @param month the month
	 * @param judged cadres with a judged week or a flag
	 * @param met those who met the rule in every judged week without a flag
	 */
	public record Cell(YearMonth month, int judged, int met) {

		/** @return the share of the judged cadres who met the rule, or null when none was judged */
		public Double share() {
			return this.judged == 0 ? null : (double) this.met / this.judged;
		}
	}
}
