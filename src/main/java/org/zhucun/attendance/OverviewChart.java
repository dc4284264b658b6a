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

		/**
		 * @return the line's figures for the chart, month by month in the order of the table's columns, each the cadres
		 * judged and those who met the rule, e.g. {@code 4/3 0/0 5/5}: one attribute of the row instead of several of
		 * every cell, since a town's chart has a cell per team and month (1,600 at city scale) and each expression of a
		 * cell costs more than the rest of the page
		 */
		public String cellsData() {
			StringBuilder data = new StringBuilder(this.cells.size() * 6);
			for (Cell cell : this.cells) {
				if (!data.isEmpty()) {
					data.append(' ');
				}
				data.append(cell.judged()).append('/').append(cell.met());
			}
			return data.toString();
		}

		/** @return the cells' texts ({@link Cell#label()}), in order, for the chart's table */
		public List<String> labels() {
			return this.cells.stream().map(Cell::label).toList();
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

		/**
		 * @return the share in per cent with one decimal ({@code 83.3}), or an empty text when none was judged; made
		 * here rather than by the page's number formatting, which is costly over a town's hundreds of cells
		 */
		public String shareText() {
			if (this.judged == 0) {
				return "";
			}
			long tenths = Math.round(this.met * 1000.0 / this.judged);
			return (tenths / 10) + "." + (tenths % 10);
		}

		/** @return the cell's text: the share with a per-cent sign, or a dash when none was judged */
		public String label() {
			return this.judged == 0 ? "—" : shareText() + " %";
		}
	}
}
